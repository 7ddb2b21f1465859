import ExcelJS from 'exceljs';
import readExcelFile, { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportJobView } from '../../../electron/core/exports';
import { DAY, openExportWorld, sellMixedDay, type ExportWorld } from './export-fixture';
import { convertWithLibreOffice } from './soffice';

/**
 * A real day of sales (success, a bill with a provider-reported cost, a failed e-wallet refunded,
 * a pending PLN token just before midnight, one sale the day before) exported to .xlsx, then read
 * back with read-excel-file (an independent reader), exceljs's reader for the sheet settings, and
 * LibreOffice.
 */
let world: ExportWorld;
let sales: ReturnType<typeof sellMixedDay>;
let job: ExportJobView;

beforeAll(async () => {
  world = await openExportWorld();
  sales = sellMixedDay(world);
  // What must never leave the books: a live endpoint with a key in it, settings rows.
  world.db.prepare(`UPDATE sale SET provider_base_url = 'https://live.contoh.invalid/api?key=RAHASIA-URL-1'`).run();
  world.db.prepare(`INSERT INTO setting (key, value) VALUES ('export_test_secret', 'RAHASIA-SETTING-1')`).run();
  const exporter = world.exporter();
  job = await exporter.whenEnded(exporter.start({ format: 'xlsx', range: { from: DAY, to: DAY } }).jobId);
});
afterAll(() => world.close());

/** A sheet date is a float of days: readers turn it back into ms with float noise (…04.999), so compare to the second. */
const toSecond = (cell: unknown): Date => new Date(Math.round((cell as Date).getTime() / 1000) * 1000);

const HEADER = [
  'Waktu', 'Hari usaha', 'Ref', 'Jenis', 'Penyedia', 'Produk', 'Nomor pelanggan', 'Nama pelanggan', 'Status', 'Harga jual', 'Modal', 'Laba',
  'Pengembalian', 'SN / token', 'Ref penyedia', 'Kasir', 'Pesan penyedia',
];

describe('the .xlsx export of a day', () => {
  it('finishes as loket-penjualan-<day>.xlsx in the default folder', () => {
    // Progress counts every sheet's rows: 4 sales, then the 17 movement legs and balance reads of Mutasi deposit and Kas.
    expect(job).toMatchObject({ state: 'done', done: 21, total: 21, fileName: `loket-penjualan-${DAY}.xlsx`, message: null });
    expect(job.path).toBe(`${world.dir}/exports/loket-penjualan-${DAY}.xlsx`);
  });

  it('holds one Transaksi row per sale of the day, with numbers as numbers and dates as wall-clock dates', async () => {
    const rows = await readSheet(job.path!, 'Transaksi');
    expect(rows[0]).toEqual(HEADER);
    expect(rows.map((r) => r[2]).slice(1)).toEqual([sales.pulsa.refId, sales.bill.refId, sales.ewallet.refId, sales.token.refId]);
    const [, pulsa, bill, ewallet, token] = rows as unknown[][];
    // 08:15:30 WIB reads 08:15:30 in the sheet (the cell has no zone: it is the outlet's wall clock).
    expect(toSecond(pulsa![0])).toEqual(new Date(Date.UTC(2026, 10, 30, 8, 15, 30)));
    expect(pulsa![1]).toEqual(new Date(Date.UTC(2026, 10, 30)));
    expect(pulsa!.slice(3, 17)).toEqual([
      'Pulsa', 'IAK', 'Telkomsel 10.000', '081234567890', null, 'Berhasil', 12_000, 10_500, 1_500, '-', 'SN-PULSA-1', null, 'Sari', 'Sukses',
    ]);
    // The provider's reported cost is the cost; the name is kept as text (an xlsx string cell is never run).
    expect(bill!.slice(7, 12)).toEqual(['=HYPERLINK("http://contoh.invalid","klik")', 'Berhasil', 52_500, 50_200, 2_300]);
    expect(ewallet!.slice(3, 17)).toEqual([
      'E-wallet', 'MMBC', 'DANA 20.000', ewallet![6], '-Budi', 'Gagal', 20_500, null, null, 'Sudah dikembalikan', null, null, 'Tanpa shift', '+62 nomor tujuan tidak aktif',
    ]);
    // 23:30:05 WIB is still 30 November, whatever the zone of the machine running the test.
    expect(toSecond(token![0])).toEqual(new Date(Date.UTC(2026, 10, 30, 23, 30, 5)));
    expect(token![8]).toBe('Diproses');
    for (const row of rows.slice(1)) expect(typeof row[9]).toBe('number');
  });

  it('has Transaksi, Ringkasan, Mutasi deposit and Kas, whose figures agree with the rows and the ledger', async () => {
    const sheets = await readExcelFile(job.path!);
    expect(sheets.map((s) => s.sheet)).toEqual(['Transaksi', 'Ringkasan', 'Mutasi deposit', 'Kas']);
    const [transaksi, ringkasan, mutasi, kas] = sheets.map((s) => s.data as unknown[][]) as [unknown[][], unknown[][], unknown[][], unknown[][]];
    expect(ringkasan[0]).toEqual([
      'Bagian', 'Nama', 'Berhasil', 'Penjualan', 'Modal', 'Komisi', 'Laba', 'Pengembalian', 'Nilai pengembalian', 'Sudah dikembalikan', 'Diproses', 'Gagal',
    ]);
    // Two successes (12.000 + 52.500 at 10.500 + 50.200), one failed e-wallet refunded (20.500), one pending.
    expect(ringkasan[1]).toEqual(['Total', DAY, 2, 64_500, 60_700, 0, 3_800, 1, 20_500, 20_500, 1, 1]);
    const sumOf = (col: number) => transaksi.slice(1).reduce((t, r) => t + ((r[col] as number | null) ?? 0), 0);
    expect([sumOf(10), sumOf(11)]).toEqual([60_700, 3_800]);
    expect(ringkasan.filter((r) => r[0] === 'Per kasir').map((r) => [r[1], r[2], r[10], r[11]])).toEqual([['Sari', 2, 0, 0], ['Tanpa shift', 0, 1, 1]]);
    // Each deposit's closing row is the ledger's balance; the drawer's too.
    for (const [provider, label] of [['iak', 'IAK'], ['ayoconnect', 'Ayoconnect'], ['mmbc', 'MMBC'], ['klikoo', 'Klikoo']] as const) {
      const closing = mutasi.find((r) => r[0] === label && r[3] === 'Saldo akhir')!;
      expect(closing[7]).toBe(world.ledger.rawBalance(`deposit:${provider}`));
    }
    expect(kas[kas.length - 1]!.slice(2)).toEqual(['Saldo akhir', null, null, world.ledger.rawBalance('cash_drawer')]);
    expect(kas.filter((r) => typeof r[4] === 'number').map((r) => r[4])).toEqual([12_000, 52_500, 20_500, -20_500, 51_500]);
  });

  it('freezes the header, filters it, sizes the columns and formats money as Rupiah (read with exceljs)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(job.path!);
    const sheet = workbook.getWorksheet('Transaksi')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:Q1');
    expect(sheet.getColumn(6).width).toBe(30);
    expect(sheet.getCell('J2').numFmt).toBe('"Rp" #,##0');
    expect(sheet.getCell('J2').value).toBe(12_000);
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    for (const name of ['Ringkasan', 'Mutasi deposit', 'Kas']) {
      const other = workbook.getWorksheet(name)!;
      expect(other.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(other.autoFilter).toBeTruthy();
    }
    expect(workbook.getWorksheet('Ringkasan')!.getCell('D2').numFmt).toBe('"Rp" #,##0');
  });

  it('carries no secrets: no endpoint URL, no setting rows', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(job.path!);
    const text: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value)))));
    const all = text.join('\n');
    expect(all).toContain(sales.pulsa.refId);
    expect(all).not.toMatch(/RAHASIA|key=|live\.contoh/);
  });

  it('opens in LibreOffice headless without errors', async () => {
    const { code, csv } = await convertWithLibreOffice(job.path!);
    expect(code).toBe(0);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(sales.pulsa.refId);
    expect(lines[1]).toContain('2026-11-30 08:15:30');
    expect(lines[4]).toContain(sales.token.refId);
  });

  it('leaves no partial file and writes the file owner-only', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    expect(readdirSync(`${world.dir}/exports`)).toEqual([`loket-penjualan-${DAY}.xlsx`]);
    expect(statSync(job.path!).mode & 0o777).toBe(0o600);
    expect(statSync(`${world.dir}/exports`).mode & 0o777).toBe(0o700);
  });
});
