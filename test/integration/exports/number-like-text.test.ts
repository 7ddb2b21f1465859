import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, insertSettledSales, openExportWorld, type ExportWorld } from './export-fixture';

/**
 * Customer numbers and serials look like numbers but are text: 08... phone numbers keep their
 * leading 0 and a 20-digit PLN token is not rounded. The .xlsx holds them as text cells; the CSV
 * stays plain machine-readable text (no ="..." tricks) and the finished job tells the owner how to
 * open it in Excel without losing the 0.
 */
let world: ExportWorld;
beforeEach(async () => {
  world = await openExportWorld();
  insertSettledSales(world.db, 1, DAY, 'LKTEXT');
  world.db.prepare(`UPDATE sale SET customer_no = '081200000001', serial = '12345678901234567890' WHERE ref_id = 'LKTEXT0'`).run();
});
afterEach(() => world.close());

const range = { from: DAY, to: DAY };
const CUSTOMER_NO = 7;
const SERIAL = 14;

describe('number-like text in exports', () => {
  it('the .xlsx writes customer numbers and serials as text cells (read back with exceljs)', async () => {
    const exporter = world.exporter();
    const ended = await exporter.whenEnded(exporter.start({ format: 'xlsx', range }).jobId);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(ended.path!);
    const row = workbook.getWorksheet('Transaksi')!.getRow(2);
    for (const [column, text] of [[CUSTOMER_NO, '081200000001'], [SERIAL, '12345678901234567890']] as const) {
      expect({ type: row.getCell(column).type, value: row.getCell(column).value }).toEqual({ type: ExcelJS.ValueType.String, value: text });
    }
    expect(ended.message).toBeNull();
  });

  it('the CSV keeps them as plain fields, and the finished job says how to open it in Excel', async () => {
    const exporter = world.exporter();
    const ended = await exporter.whenEnded(exporter.start({ format: 'csv', range }).jobId);
    const [, row] = parse(readFileSync(ended.path!), { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][];
    expect([row![CUSTOMER_NO - 1], row![SERIAL - 1]]).toEqual(['081200000001', '12345678901234567890']);
    expect(ended).toMatchObject({ state: 'done' });
    expect(ended.message).toBe('Di Excel, buka lewat Data > Dari Teks/CSV dan atur kolom Nomor pelanggan dan SN / token sebagai Teks agar nomor 08... tidak kehilangan 0; atau gunakan ekspor Excel (.xlsx).');
  });
});
