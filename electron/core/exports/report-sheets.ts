import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { cashMovementsView, depositMovementsView, reportSummaryView } from '../api/channels/reports';
import type { OutletTimeZone } from '../clock/business-day';
import { labelOf, PROVIDER_LABEL } from './labels';
import { SheetTable } from './sheet-table';
import type { ExportColumn, TransaksiCell } from './transaksi-columns';
import { businessDayDate, wallClockDate } from './wall-clock';

export type ReportSummary = z.output<typeof reportSummaryView>;
export type DepositMovements = z.output<typeof depositMovementsView>;
export type CashMovements = z.output<typeof cashMovementsView>;

/** What the Ringkasan, Mutasi deposit and Kas sheets show: the same figures as Laporan. */
export interface ReportSheetsData {
  summary: ReportSummary;
  deposits: DepositMovements;
  cash: CashMovements;
}

type Totals = ReportSummary['totals'];

const money = (header: string, width = 14): ExportColumn => ({ header, type: 'money', width });
const count = (header: string): ExportColumn => ({ header, type: 'count', width: 12 });
const text = (header: string, width: number): ExportColumn => ({ header, type: 'text', width });

const SUMMARY_COLUMNS: readonly ExportColumn[] = [
  text('Bagian', 14),
  text('Nama', 30),
  count('Berhasil'),
  money('Penjualan'),
  money('Modal'),
  money('Komisi'),
  money('Laba'),
  count('Pengembalian'),
  money('Nilai pengembalian', 18),
  money('Sudah dikembalikan', 18),
  count('Diproses'),
  count('Gagal'),
];

const DEPOSIT_COLUMNS: readonly ExportColumn[] = [
  text('Penyedia', 12),
  { header: 'Waktu', type: 'datetime', width: 20 },
  { header: 'Hari usaha', type: 'date', width: 12 },
  text('Jenis', 22),
  text('Keterangan', 40),
  money('Jumlah'),
  money('Saldo sebelum', 16),
  money('Saldo sesudah', 16),
  money('Saldo dilaporkan penyedia', 24),
  money('Selisih'),
];

const CASH_COLUMNS: readonly ExportColumn[] = [
  { header: 'Waktu', type: 'datetime', width: 20 },
  { header: 'Hari usaha', type: 'date', width: 12 },
  text('Jenis', 22),
  text('Keterangan', 40),
  money('Jumlah'),
  money('Saldo sesudah', 16),
];

function totalsCells(section: string, name: string, t: Totals): TransaksiCell[] {
  return [section, name, t.count, t.gross, t.cost, t.commission, t.margin, t.refundCount, t.refundAmount, t.refundsPaid, t.pendingCount, t.failedCount];
}

export function writeReportSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportSheetsData, zone: OutletTimeZone): void {
  writeSummary(workbook, data.summary);
  writeDeposits(workbook, data.deposits, zone);
  writeCash(workbook, data.cash, zone);
}

function writeSummary(workbook: ExcelJS.stream.xlsx.WorkbookWriter, s: ReportSummary): void {
  const table = new SheetTable(workbook, 'Ringkasan', SUMMARY_COLUMNS);
  table.add(totalsCells('Total', s.from === s.to ? s.from : `${s.from} s.d. ${s.to}`, s.totals));
  const sections: [string, readonly (Totals & { label: string })[]][] = [
    ['Per hari', s.perDay],
    ['Per jenis', s.byCategory],
    ['Per penyedia', s.byProvider],
    ['Per produk', s.byProduct],
    ['Per kasir', s.byCashier],
  ];
  for (const [section, rows] of sections) for (const row of rows) table.add(totalsCells(section, row.label, row));
  table.commit();
}

function writeDeposits(workbook: ExcelJS.stream.xlsx.WorkbookWriter, d: DepositMovements, zone: OutletTimeZone): void {
  const table = new SheetTable(workbook, 'Mutasi deposit', DEPOSIT_COLUMNS);
  for (const p of d.providers) {
    const name = labelOf(PROVIDER_LABEL, p.provider);
    table.add([name, null, businessDayDate(d.from), 'Saldo awal', '', null, null, p.openingBalance, null, null]);
    // Movements and the provider's own balance reads, in time order, so each read sits where it was taken.
    const lines: { at: number; cells: TransaksiCell[] }[] = [
      ...p.movements.map((m) => ({
        at: m.at,
        cells: [name, wallClockDate(m.at, zone), businessDayDate(m.businessDay), m.kind, m.memo, m.amount, m.balanceBefore, m.balanceAfter, null, null],
      })),
      ...p.reportedBalances.map((r) => ({
        at: r.at,
        cells: [name, wallClockDate(r.at, zone), null, 'Saldo dilaporkan', '', null, null, r.ledger, r.reported, r.difference],
      })),
    ];
    lines.sort((a, b) => a.at - b.at);
    for (const line of lines) table.add(line.cells);
    table.add([name, null, businessDayDate(d.to), 'Saldo akhir', '', null, null, p.closingBalance, null, null]);
  }
  table.commit();
}

function writeCash(workbook: ExcelJS.stream.xlsx.WorkbookWriter, c: CashMovements, zone: OutletTimeZone): void {
  const table = new SheetTable(workbook, 'Kas', CASH_COLUMNS);
  table.add([null, businessDayDate(c.from), 'Saldo awal', '', null, c.openingBalance]);
  for (const m of c.movements) table.add([wallClockDate(m.at, zone), businessDayDate(m.businessDay), m.kind, m.memo, m.amount, m.balanceAfter]);
  table.add([null, businessDayDate(c.to), 'Saldo akhir', '', null, c.closingBalance]);
  table.commit();
}
