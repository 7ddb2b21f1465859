import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Core } from '../electron/core/app/core';
import { LEDGER_FILE, openCore } from '../electron/core/app/open-core';
import { SaleExportQuery, TRANSAKSI_COLUMNS, transaksiCells, type TransaksiCell } from '../electron/core/exports';
import { reportSheetPlans } from '../electron/core/exports/report-sheets';
import { reportSheetsSource } from '../electron/core/exports/report-source';
import { NUM_FMT, type ExportColumn } from '../electron/core/exports/transaksi-columns';
import { Ledger } from '../electron/core/ledger';
import { cursorAfter } from '../electron/core/exports/sale-export-row';
import type { BenchResult } from './result';
import { copyDataset, type SalesDataset } from './support/sales-dataset';
import { OWNER_SESSION, signInOwner } from '../test/support/sessions';

interface JobView {
  jobId: string;
  state: string;
  total: number;
  message: string | null;
}

/** One sheet's cells, prepared before the timing. */
interface RawSheet {
  name: string;
  columns: readonly ExportColumn[];
  rows: TransaksiCell[][];
}

/**
 * export.xlsx: every sale of a data directory holding 50,000 exported to .xlsx through Loket, as
 * Laporan asks for it (exports:start on the running core: the query chunk by chunk, the row mapping,
 * the report sheets' movements read chunk by chunk, progress events, yields to the event loop, the
 * file renamed into place), against the same library (exceljs's streaming WorkbookWriter, same
 * options) writing the very same cells of ALL four sheets raw (Transaksi, Ringkasan, Mutasi deposit,
 * Kas: about two movement rows per sale), read and mapped beforehand by Loket's own functions (not
 * timed), with the same sheet settings Loket writes (frozen bold header, column widths, autofilter,
 * a number format on every typed cell, which exceljs's streaming writer needs per cell). Like is
 * compared with like: the ratio is Loket's own overhead (queries, mapping, chunking). Alternating rounds.
 */
export async function benchExportXlsx(dataset: SalesDataset, range: { from: string; to: string }, rounds = 3): Promise<BenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'loket-bench-export-'));
  try {
    const dataDir = join(root, 'data');
    copyDataset(dataset, dataDir);
    const sheets = readSheets(join(dataDir, LEDGER_FILE), range);
    const rows = sheets[0]!.rows;
    const core = await openCore({ dataDir });
    try {
      await signInOwner(core);
      await exportThroughLoket(core, range); // warm-up: JIT and page cache for both
      await writeRaw(join(root, 'warm.xlsx'), sheets);
      let loketMs = 0;
      let rawMs = 0;
      let total = 0;
      for (let r = 0; r < rounds; r += 1) {
        let start = performance.now();
        total = await exportThroughLoket(core, range);
        loketMs += performance.now() - start;
        start = performance.now();
        await writeRaw(join(root, `raw-${r}.xlsx`), sheets);
        rawMs += performance.now() - start;
      }
      if (total < rows.length) throw new Error(`export.xlsx: Loket exported ${total} rows, the raw writer ${rows.length} sales`);
      explain(dataDir, range, sheets);
      return {
        name: 'export.xlsx',
        value: round(loketMs / rounds, 1),
        unit: `ms per export of ${rows.length} sales (${sheets.reduce((n, sh) => n + sh.rows.length, 0)} rows in 4 sheets)`,
        baseline: round(rawMs / rounds, 1),
        ratio: round(loketMs / rawMs, 3),
        goal: 'ratio <= 1.5',
      };
    } finally {
      await core.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Where the time goes, printed (not a result): the one synchronous step before the first row (the
 * summary and the movement readers' opening balances), and the rows of each sheet.
 */
function explain(dataDir: string, range: { from: string; to: string }, sheets: readonly RawSheet[]): void {
  const db = new Database(join(dataDir, LEDGER_FILE), { readonly: true });
  try {
    const ledger = new Ledger(db, { timeZone: 'Asia/Jakarta' });
    const start = performance.now();
    reportSheetsSource(ledger, range);
    const setupMs = performance.now() - start;
    console.log(
      `[bench] export.xlsx: report sheets' set-up (summary, opening balances) ${setupMs.toFixed(0)} ms in one step; rows: ` +
        sheets.map((sh) => `${sh.name} ${sh.rows.length}`).join(', '),
    );
  } finally {
    db.close();
  }
}

/** One export as the Laporan screen starts it; resolves with its row count once the file is in place. */
async function exportThroughLoket(core: Core, range: { from: string; to: string }): Promise<number> {
  let jobId = '';
  let early: JobView | null = null;
  let finish: (view: JobView) => void = () => undefined;
  const ended = new Promise<JobView>((resolve) => {
    finish = resolve;
  });
  const stop = core.onEvent((event, payload) => {
    const view = payload as unknown as JobView;
    if (event !== 'exports:progress' || view.state === 'running') return;
    if (view.jobId === jobId) finish(view);
    else early = view;
  });
  try {
    const started = await core.dispatch('exports:start', { format: 'xlsx', range }, OWNER_SESSION);
    if (!started.ok) throw new Error(`exports:start: ${started.error.message}`);
    jobId = (started.value as JobView).jobId;
    const before = early as JobView | null;
    if (before?.jobId === jobId) finish(before);
    const view = await ended;
    if (view.state !== 'done') throw new Error(`export ${view.state}: ${view.message ?? ''}`);
    return view.total;
  } finally {
    stop();
  }
}

/** Every sheet's cells as Loket's own query, mapping and report functions make them (read once, outside the timing). */
function readSheets(file: string, range: { from: string; to: string }): RawSheet[] {
  const db = new Database(file, { readonly: true });
  try {
    const query = new SaleExportQuery(db, range);
    const transaksi: TransaksiCell[][] = [];
    for (let cursor = query.first; ; ) {
      const rows = query.next(cursor, 1_000);
      if (rows.length === 0) break;
      for (const row of rows) transaksi.push(transaksiCells(row, 'Asia/Jakarta'));
      cursor = cursorAfter(rows, cursor);
    }
    const ledger = new Ledger(db, { timeZone: 'Asia/Jakarta' });
    const reports = reportSheetPlans(reportSheetsSource(ledger, range), 'Asia/Jakarta', 1_000).map((plan) => ({
      name: plan.name,
      columns: plan.columns,
      rows: [...plan.chunks].flatMap((chunk) => chunk.rows),
    }));
    return [{ name: 'Transaksi', columns: TRANSAKSI_COLUMNS, rows: transaksi }, ...reports];
  } finally {
    db.close();
  }
}

/**
 * The same library, the same options, the same cells and sheet settings, written straight: frozen
 * bold header, widths, autofilter, and the number format on each typed cell.
 */
async function writeRaw(path: string, sheets: readonly RawSheet[]): Promise<void> {
  const stream = createWriteStream(path);
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ width: c.width }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    const header = sheet.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    const formats = columns.map((c) => (c.type === 'text' ? null : NUM_FMT[c.type]));
    for (const cells of rows) {
      const row = sheet.addRow(cells);
      for (let i = 0; i < formats.length; i += 1) if (formats[i] && cells[i] !== null) row.getCell(i + 1).numFmt = formats[i]!;
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await closed;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
