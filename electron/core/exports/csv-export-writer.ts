import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import { csvFields } from './csv-cells';
import { ExportFile, type ExportWriter } from './export-writer';
import { TRANSAKSI_COLUMNS, type TransaksiCell } from './transaksi-columns';

export type CsvSeparator = ';' | ',';

/**
 * The Transaksi rows as CSV for Indonesian Excel: UTF-8 with a BOM (so Excel does not read it as
 * ANSI), CRLF line ends, ';' by default (Indonesian Excel uses ',' as the decimal comma). Quoting is
 * csv-stringify's, never hand-made; the report sheets exist only in the .xlsx.
 */
export class CsvExportWriter implements ExportWriter {
  private readonly file: ExportFile;
  private readonly csv: Stringifier;
  private readonly piped: Promise<void>;

  constructor(path: string, separator: CsvSeparator) {
    this.file = new ExportFile(path);
    this.csv = stringify({ bom: true, delimiter: separator, record_delimiter: 'windows' });
    this.piped = pipeline(this.csv, this.file.stream);
    // The failure is read through file.check() / finish(); this keeps it from being unhandled meanwhile.
    this.piped.catch(() => undefined);
    this.csv.write(TRANSAKSI_COLUMNS.map((c) => c.header));
  }

  async writeRows(rows: readonly (readonly TransaksiCell[])[]): Promise<void> {
    this.file.check();
    let flowing = true;
    for (const cells of rows) flowing = this.csv.write(csvFields(cells, TRANSAKSI_COLUMNS));
    // Backpressure: a chunk waits for the disk instead of piling up in memory.
    if (!flowing) await Promise.race([once(this.csv, 'drain'), this.piped]);
    this.file.check();
  }

  async finish(): Promise<void> {
    this.csv.end();
    await this.piped;
    await this.file.whenClosed();
  }

  async abort(): Promise<void> {
    this.csv.destroy();
    await this.file.close();
  }
}
