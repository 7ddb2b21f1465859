import ExcelJS from 'exceljs';
import type { OutletTimeZone } from '../clock/business-day';
import { ExportFile, type ExportWriter } from './export-writer';
import { writeReportSheets, type ReportSheetsData } from './report-sheets';
import { SheetTable } from './sheet-table';
import { TRANSAKSI_COLUMNS, type TransaksiCell } from './transaksi-columns';

/**
 * The .xlsx through exceljs's streaming writer straight into the file: each row is written out and
 * forgotten, so 50,000+ sales never sit in memory. Transaksi comes first (sheets of a streaming
 * workbook are written one after the other), then Ringkasan, Mutasi deposit and Kas.
 * `useStyles: true` is required for number formats (and for the writer to work on Node 20).
 */
export class XlsxExportWriter implements ExportWriter {
  private readonly file: ExportFile;
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly transaksi: SheetTable;

  constructor(
    path: string,
    private readonly zone: OutletTimeZone,
  ) {
    this.file = new ExportFile(path);
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.file.stream, useStyles: true, useSharedStrings: false });
    this.workbook.creator = 'Loket';
    this.transaksi = new SheetTable(this.workbook, 'Transaksi', TRANSAKSI_COLUMNS);
  }

  async writeRows(rows: readonly (readonly TransaksiCell[])[]): Promise<void> {
    this.file.check();
    for (const cells of rows) this.transaksi.add(cells);
    await Promise.race([this.transaksi.drained(), this.file.failed]);
  }

  async finish(reports: ReportSheetsData | null): Promise<void> {
    this.transaksi.commit();
    if (reports) writeReportSheets(this.workbook, reports, this.zone);
    // exceljs listens for the file's errors only once it finalizes: an earlier one would leave it waiting.
    await Promise.race([this.workbook.commit(), this.file.failed]);
    await this.file.whenClosed();
  }

  async abort(): Promise<void> {
    await this.file.close();
  }
}
