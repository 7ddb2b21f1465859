import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SalesExporter } from '../../../electron/core/exports';
import { DAY, openExportWorld, sellMixedDay, type ExportWorld } from './export-fixture';

/** The CSV export of the same mixed day, read back byte by byte and with csv-parse. */
let world: ExportWorld;
let sales: ReturnType<typeof sellMixedDay>;
let exporter: SalesExporter;

beforeAll(async () => {
  world = await openExportWorld();
  sales = sellMixedDay(world);
  exporter = world.exporter();
});
afterAll(() => world.close());

async function exportCsv(input: { from?: string; csvSeparator?: ';' | ',' } = {}): Promise<{ bytes: Buffer; fileName: string }> {
  const started = exporter.start({ format: 'csv', range: { from: input.from ?? DAY, to: DAY }, csvSeparator: input.csvSeparator });
  const ended = await exporter.whenEnded(started.jobId);
  expect(ended.state).toBe('done');
  return { bytes: readFileSync(ended.path!), fileName: ended.fileName };
}

const rowsOf = (bytes: Buffer, delimiter: string): string[][] => parse(bytes, { bom: true, delimiter, record_delimiter: '\r\n' });

describe('the CSV export', () => {
  it('is UTF-8 with a BOM, CRLF line ends and ; between fields by default', async () => {
    const { bytes, fileName } = await exportCsv();
    expect(fileName).toBe(`loket-penjualan-${DAY}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')).toHaveLength(6); // header + 4 sales + the empty rest after the last CRLF
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.split('\r\n')[0]!.split(';')[0]).toBe('Waktu');
  });

  it('writes integer rupiah without separators, dates on the outlet clock, the shift cashier', async () => {
    const rows = rowsOf((await exportCsv()).bytes, ';');
    const pulsa = rows.find((r) => r[2] === sales.pulsa.refId)!;
    expect(pulsa.slice(0, 2)).toEqual(['2026-11-30 08:15:30', '2026-11-30']);
    expect(pulsa.slice(9, 12)).toEqual(['12000', '10500', '1500']);
    expect(pulsa[15]).toBe('Sari');
    const bill = rows.find((r) => r[2] === sales.bill.refId)!;
    expect(bill.slice(9, 12)).toEqual(['52500', '50200', '2300']);
    const token = rows.find((r) => r[2] === sales.token.refId)!;
    expect(token.slice(0, 2)).toEqual(['2026-11-30 23:30:05', '2026-11-30']);
    expect(token.slice(10, 12)).toEqual(['', '']);
    expect(token[15]).toBe('Tanpa shift');
  });

  it('defuses text that a spreadsheet would run as a formula (= + - @), keeping the text', async () => {
    const rows = rowsOf((await exportCsv()).bytes, ';');
    expect(rows.find((r) => r[2] === sales.bill.refId)![7]).toBe(`'=HYPERLINK("http://contoh.invalid","klik")`);
    const ewallet = rows.find((r) => r[2] === sales.ewallet.refId)!;
    expect(ewallet[7]).toBe("'-Budi");
    expect(ewallet[16]).toBe("'+62 nomor tujuan tidak aktif");
    expect(rows.find((r) => r[2] === sales.token.refId)![7]).toBe("'@SUM(A1)");
    // Ordinary text is untouched.
    expect(rows.find((r) => r[2] === sales.pulsa.refId)![6]).toBe('081234567890');
  });

  it('uses , when asked for this export, and the setting when it says ,', async () => {
    const asked = rowsOf((await exportCsv({ csvSeparator: ',' })).bytes, ',');
    expect(asked[0]).toHaveLength(17);
    expect(asked.find((r) => r[2] === sales.bill.refId)![7]).toBe(`'=HYPERLINK("http://contoh.invalid","klik")`);
    exporter.setSettings({ csvSeparator: ',' });
    const fromSetting = rowsOf((await exportCsv()).bytes, ',');
    expect(fromSetting[0]).toHaveLength(17);
    exporter.setSettings({ csvSeparator: ';' });
  });

  it('holds a range: the day before is in 29-30 November, named with both days', async () => {
    const { bytes, fileName } = await exportCsv({ from: '2026-11-29' });
    expect(fileName).toBe('loket-penjualan-2026-11-29_2026-11-30.csv');
    const rows = rowsOf(bytes, ';');
    expect(rows.slice(1).map((r) => r[2])).toEqual([sales.dayBefore.refId, sales.pulsa.refId, sales.bill.refId, sales.ewallet.refId, sales.token.refId]);
  });

  it('never overwrites an earlier export of the same day: -2, -3', () => {
    const names = exporter.list().map((f) => f.fileName);
    expect(names).toEqual(expect.arrayContaining([`loket-penjualan-${DAY}.csv`, `loket-penjualan-${DAY}-2.csv`, `loket-penjualan-${DAY}-3.csv`]));
  });
});
