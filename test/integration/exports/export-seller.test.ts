import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportJobView } from '../../../electron/core/exports';
import { addSales, addUser } from '../../support/user-rows';
import { DAY, openExportWorld, wib, type ExportWorld } from './export-fixture';

/**
 * The Transaksi sheet's Kasir column says who sold: the signed-in user the sale records. A sale no
 * user made (before users existed) keeps what the export said before: its shift's cashier, else
 * "Tanpa shift". Read back with exceljs (.xlsx) and csv-parse (.csv).
 */
let world: ExportWorld;
let xlsx: ExportJobView;
let csv: ExportJobView;

beforeAll(async () => {
  world = await openExportWorld();
  const rina = addUser(world.db, 'Rina Ekspor');
  const owner = addUser(world.db, 'Pemilik Ekspor', 'owner');
  world.db.prepare(`INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float) VALUES ('shift-seller-1', 'Sari', ?, ?, 0)`).run(DAY, wib(DAY, 7, 0));
  addSales(world.db, [
    { ref: 'EXP-R1', userId: rina.id, day: DAY, state: 'success', price: 12_000, cost: 10_300, at: wib(DAY, 9, 0) },
    { ref: 'EXP-O1', userId: owner.id, day: DAY, state: 'success', price: 22_000, cost: 21_500, at: wib(DAY, 9, 5) },
    { ref: 'EXP-N1', userId: null, day: DAY, state: 'success', price: 12_000, cost: 10_300, at: wib(DAY, 9, 10) },
    { ref: 'EXP-N2', userId: null, day: DAY, state: 'success', price: 12_000, cost: 10_300, at: wib(DAY, 9, 15) },
  ]);
  // A sale from before users, made in Sari's shift (the name typed when the shift opened).
  world.db.prepare("UPDATE sale SET shift_id = (SELECT id FROM shift WHERE request_id = 'shift-seller-1') WHERE ref_id = 'EXP-N1'").run();
  const exporter = world.exporter();
  xlsx = await exporter.whenEnded(exporter.start({ format: 'xlsx', range: { from: DAY, to: DAY } }).jobId);
  csv = await exporter.whenEnded(exporter.start({ format: 'csv', range: { from: DAY, to: DAY }, csvSeparator: ';' }).jobId);
});
afterAll(() => world.close());

const EXPECTED = [
  ['EXP-R1', 'Rina Ekspor'],
  ['EXP-O1', 'Pemilik Ekspor'],
  ['EXP-N1', 'Sari'],
  ['EXP-N2', 'Tanpa shift'],
];

describe('Kasir in the sales export', () => {
  it('.xlsx: the seller of each sale in the Kasir column (exceljs)', async () => {
    expect(xlsx.state).toBe('done');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.path!);
    const sheet = book.getWorksheet('Transaksi')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const ref = header.indexOf('Ref') + 1;
    const kasir = header.indexOf('Kasir') + 1;
    expect(kasir).toBeGreaterThan(0);
    const rows: [unknown, unknown][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push([row.getCell(ref).value, row.getCell(kasir).value]);
    });
    expect(rows).toEqual(EXPECTED);
  });

  it('.csv: the same Kasir column', () => {
    expect(csv.state).toBe('done');
    const [header, ...rows] = parse(readFileSync(csv.path!), { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][];
    const ref = header!.indexOf('Ref');
    const kasir = header!.indexOf('Kasir');
    expect(rows.map((row) => [row[ref], row[kasir]])).toEqual(EXPECTED);
  });
});
