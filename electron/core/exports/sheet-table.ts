import { once } from 'node:events';
import type ExcelJS from 'exceljs';
import { NUM_FMT, type ExportColumn, type TransaksiCell } from './transaksi-columns';

/** What the zip's entry stream tells of its backlog (readable-stream's PassThrough has no writableNeedDrain). */
type ZipEntryStream = NodeJS.EventEmitter & { _writableState?: { needDrain?: boolean; length?: number } };

/** Up to this much uncompressed XML may wait for the zip: a few chunks, so the writer rarely stalls. */
const ZIP_BACKLOG_BYTES = 8 * 1024 * 1024;

/**
 * One sheet of the streaming workbook as a table: a bold header row that stays frozen while
 * scrolling, an autofilter on it, column widths, and typed cells. exceljs's streaming writer
 * ignores column styles (issue #1693), so each cell gets its number format; a row is committed
 * (written out and dropped from memory) as soon as it is added.
 */
export class SheetTable {
  private readonly sheet: ExcelJS.Worksheet;
  /** The typed columns' (index, number format): the text columns are skipped without a look. */
  private readonly formats: [number, string][];

  constructor(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    name: string,
    private readonly columns: readonly ExportColumn[],
  ) {
    // Views must be given at creation: the streaming writer writes them with the sheet's opening.
    this.sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    this.sheet.columns = columns.map((c) => ({ width: c.width }));
    this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    const header = this.sheet.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    this.formats = columns.flatMap((c, i): [number, string][] => (c.type === 'text' ? [] : [[i, NUM_FMT[c.type]]]));
  }

  add(cells: readonly TransaksiCell[]): void {
    const row = this.sheet.addRow(cells as TransaksiCell[]);
    for (const [i, format] of this.formats) if (cells[i] !== null) row.getCell(i + 1).numFmt = format;
    row.commit();
  }

  private done = false;

  get committed(): boolean {
    return this.done;
  }

  commit(): void {
    this.done = true;
    this.sheet.commit();
  }

  /**
   * Waits until the zip has taken in what was written so far. exceljs's sheet stream pushes into
   * the zip without backpressure, so on a big export the uncompressed XML would pile up in memory
   * (measured: ~1.4 KB a row, 200 MB for 150,000 rows). The sheet stream, its `pipes` (the zip
   * entry, a readable-stream PassThrough) and `_writableState` are exceljs 4.4.0 internals: when
   * they are not there, this simply does not wait.
   */
  async drained(): Promise<void> {
    const target = (this.sheet as unknown as { stream?: { pipes?: ZipEntryStream[] } }).stream?.pipes?.[0];
    const state = target?._writableState;
    if (target && state?.needDrain && (state.length ?? 0) > ZIP_BACKLOG_BYTES) await once(target, 'drain');
  }
}
