export { SalesExporter, type SalesExporterOptions, type StartExport } from './sales-exporter';
export { transaksiCells, TRANSAKSI_COLUMNS, NUM_FMT, type TransaksiCell, type ExportColumn } from './transaksi-columns';
export { SaleExportQuery, type ExportSaleRow, type DayRange } from './sale-export-row';
export { SheetTable } from './sheet-table';
export { csvFields, defuseFormula } from './csv-cells';
export { EXPORT_FILE_NAME, type ExportFileInfo } from './export-files';
export type { ExportJobView } from './export-job';
