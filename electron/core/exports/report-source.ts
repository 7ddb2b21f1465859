import type { Ledger } from '../ledger';
import { cashMovements, depositMovements, summarizeSales } from '../reports';
import type { ReportSheetsData } from './report-sheets';
import type { DayRange } from './sale-export-row';

/** The Ringkasan, Mutasi deposit and Kas figures, from the same functions as Laporan: the export never disagrees with the screen. */
export function reportSheetsData(ledger: Ledger, range: DayRange): ReportSheetsData {
  return { summary: summarizeSales(ledger, range), deposits: depositMovements(ledger, range), cash: cashMovements(ledger, range) };
}
