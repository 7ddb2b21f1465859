/** Laporan and the cashier's Home: read-only queries over sales and the ledger, by business day. */
export { summarizeSales, type DayRange, type ReportSummary } from './summarize-sales';
export { todaySummary, type TodaySummary } from './today-summary';
export { depositMovements, cashMovements, type DepositMovements, type CashMovements } from './deposit-movements';
export { reportCharts, type ReportCharts } from './report-charts';
export { recordBalanceReading } from './balance-readings';
