import ExcelJS from 'exceljs';
import type { OutletTimeZone } from '../clock/business-day';
import { ExportFile, type ExportWriter } from './export-writer';
import { reportSheetChunks, type ReportSheetsSource } from './report-sheets';
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

  /**
   * Ringkasan, Mutasi deposit and Kas after the Transaksi rows, in bounded steps: after each one
   * the zip has taken it in and `afterStep` runs with the units it counted (progress, Batal, and
   * a yield so other channels answer).
   */
  async writeReportSheets(source: ReportSheetsSource, chunkSize: number, afterStep: (units: number) => Promise<void>): Promise<void> {
    this.transaksi.commit();
    for (const step of reportSheetChunks(this.workbook, source, this.zone, chunkSize)) {
      this.file.check();
      await Promise.race([step.table.drained(), this.file.failed]);
      await afterStep(step.units);
    }
  }

  async finish(): Promise<void> {
    if (!this.transaksi.committed) this.transaksi.commit();
    // exceljs listens for the file's errors only once it finalizes: an earlier one would leave it waiting.
    await Promise.race([this.workbook.commit(), this.file.failed]);
    await this.file.whenClosed();
  }

  async abort(): Promise<void> {
    await this.file.close();
  }
}
