/** Laporan and the cashier's Home: read-only queries over sales and the ledger, by business day. */
export { summarizeSales, type ReportSummary } from './summarize-sales';
