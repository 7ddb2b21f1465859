import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { reportSummaryView } from '../api/channels/reports';
import type { OutletTimeZone } from '../clock/business-day';
import type { ProviderId } from '../domain/provider-id';
import type { AccountMovementReader } from '../reports/account-movements';
import type { BalanceReading } from '../reports/balance-readings';
import { labelOf, PROVIDER_LABEL } from './labels';
import { SheetTable } from './sheet-table';
import type { ExportColumn, TransaksiCell } from './transaksi-columns';
import { businessDayDate, wallClockDate } from './wall-clock';

export type ReportSummary = z.output<typeof reportSummaryView>;

/** A provider's deposit account as the Mutasi deposit sheet reads it: movements in chunks, its own balance reads beside them. */
export interface DepositSource {
  provider: ProviderId;
  reader: AccountMovementReader;
  reportedBalances: readonly BalanceReading[];
}

/** What the Ringkasan, Mutasi deposit and Kas sheets show: the same figures as Laporan, the movements read chunk by chunk. */
export interface ReportSheetsSource {
  from: string;
  to: string;
  summary: ReportSummary;
  deposits: readonly DepositSource[];
  cash: AccountMovementReader;
  /** What the chunks will count in all (movement legs and balance reads): the export's progress includes it. */
  units: number;
}

/** One step of writing the report sheets: the table written into and how many units it took. */
export interface ReportSheetChunk {
  table: SheetTable;
  units: number;
}

/** One bounded piece of a sheet's rows, and the progress units it counts. */
export interface SheetRows {
  rows: TransaksiCell[][];
  units: number;
}

/** A report sheet as rows produced lazily, chunk by chunk (the bench writes these same rows raw). */
export interface ReportSheetPlan {
  name: string;
  columns: readonly ExportColumn[];
  chunks: Iterable<SheetRows>;
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

/**
 * Writes Ringkasan, Mutasi deposit and Kas one bounded step at a time: each `next()` of the
 * generator reads at most `chunkSize` movement legs, writes their rows and yields, so the caller
 * can wait for the zip, report progress and let other channels run between steps.
 */
export function* reportSheetChunks(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  source: ReportSheetsSource,
  zone: OutletTimeZone,
  chunkSize: number,
): Generator<ReportSheetChunk, void, void> {
  for (const plan of reportSheetPlans(source, zone, chunkSize)) {
    // Sheets of a streaming workbook are written one after the other: each is opened when its turn comes.
    const table = new SheetTable(workbook, plan.name, plan.columns);
    for (const { rows, units } of plan.chunks) {
      for (const cells of rows) table.add(cells);
      yield { table, units };
    }
    table.commit();
  }
}

/** The three report sheets in the workbook's order; their rows are only read when iterated. */
export function reportSheetPlans(source: ReportSheetsSource, zone: OutletTimeZone, chunkSize: number): ReportSheetPlan[] {
  return [
    { name: 'Ringkasan', columns: SUMMARY_COLUMNS, chunks: [{ rows: summaryRows(source.summary), units: 0 }] },
    { name: 'Mutasi deposit', columns: DEPOSIT_COLUMNS, chunks: depositChunks(source, zone, chunkSize) },
    { name: 'Kas', columns: CASH_COLUMNS, chunks: cashChunks(source, zone, chunkSize) },
  ];
}

function summaryRows(s: ReportSummary): TransaksiCell[][] {
  const rows = [totalsCells('Total', s.from === s.to ? s.from : `${s.from} s.d. ${s.to}`, s.totals)];
  const sections: [string, readonly (Totals & { label: string })[]][] = [
    ['Per hari', s.perDay],
    ['Per jenis', s.byCategory],
    ['Per penyedia', s.byProvider],
    ['Per produk', s.byProduct],
    ['Per kasir', s.byCashier],
  ];
  for (const [section, list] of sections) for (const row of list) rows.push(totalsCells(section, row.label, row));
  return rows;
}

/**
 * Per provider: the opening balance, its movements in posting order with the provider's own balance
 * reads merged in by time (a read sits after the movements of its instant), the closing balance.
 */
function* depositChunks(source: ReportSheetsSource, zone: OutletTimeZone, chunkSize: number): Generator<SheetRows, void, void> {
  for (const { provider, reader, reportedBalances: reads } of source.deposits) {
    const name = labelOf(PROVIDER_LABEL, provider);
    const readCells = (r: BalanceReading): TransaksiCell[] => [name, wallClockDate(r.at, zone), null, 'Saldo dilaporkan', '', null, null, r.ledger, r.reported, r.difference];
    let rows: TransaksiCell[][] = [[name, null, businessDayDate(source.from), 'Saldo awal', '', null, null, reader.openingBalance, null, null]];
    let nextRead = 0;
    while (!reader.finished) {
      const { movements, legsRead } = reader.next(chunkSize);
      const readsBefore = nextRead;
      for (const m of movements) {
        while (nextRead < reads.length && reads[nextRead]!.at < m.at) rows.push(readCells(reads[nextRead++]!));
        rows.push([name, wallClockDate(m.at, zone), businessDayDate(m.businessDay), m.kind, m.memo, m.amount, m.balanceBefore, m.balanceAfter, null, null]);
      }
      yield { rows, units: legsRead + nextRead - readsBefore };
      rows = [];
    }
    const readsBefore = nextRead;
    while (nextRead < reads.length) rows.push(readCells(reads[nextRead++]!));
    rows.push([name, null, businessDayDate(source.to), 'Saldo akhir', '', null, null, reader.closingBalance, null, null]);
    yield { rows, units: nextRead - readsBefore };
  }
}

function* cashChunks(source: ReportSheetsSource, zone: OutletTimeZone, chunkSize: number): Generator<SheetRows, void, void> {
  const reader = source.cash;
  let rows: TransaksiCell[][] = [[null, businessDayDate(source.from), 'Saldo awal', '', null, reader.openingBalance]];
  while (!reader.finished) {
    const { movements, legsRead } = reader.next(chunkSize);
    for (const m of movements) rows.push([wallClockDate(m.at, zone), businessDayDate(m.businessDay), m.kind, m.memo, m.amount, m.balanceAfter]);
    yield { rows, units: legsRead };
    rows = [];
  }
  rows.push([null, businessDayDate(source.to), 'Saldo akhir', '', null, reader.closingBalance]);
  yield { rows, units: 0 };
}
