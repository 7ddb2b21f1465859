import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Core } from '../electron/core/app/core';
import { EventBus } from '../electron/core/app/event-bus';
import { LEDGER_FILE, openCore } from '../electron/core/app/open-core';
import { SaleExportQuery, SalesExporter, TRANSAKSI_COLUMNS, transaksiCells, type TransaksiCell } from '../electron/core/exports';
import type { ReportSheetsData } from '../electron/core/exports/report-sheets';
import { reportSheetsData } from '../electron/core/exports/report-source';
import { Ledger } from '../electron/core/ledger';
import { cursorAfter } from '../electron/core/exports/sale-export-row';
import type { BenchResult } from './result';
import { copyDataset, type SalesDataset } from './support/sales-dataset';

interface JobView {
  jobId: string;
  state: string;
  total: number;
  message: string | null;
}

/**
 * export.xlsx: every sale of a data directory holding 50,000 exported to .xlsx through Loket, as
 * Laporan asks for it (exports:start on the running core: the query chunk by chunk, the row mapping,
 * typed and formatted cells, frozen header, autofilter, the other sheets, progress events, the file
 * renamed into place), against the same library (exceljs's streaming WorkbookWriter, same options)
 * writing the very same cells raw into one sheet, read and mapped beforehand (not timed). Alternating
 * rounds.
 */
export async function benchExportXlsx(dataset: SalesDataset, range: { from: string; to: string }, rounds = 3): Promise<BenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'loket-bench-export-'));
  try {
    const dataDir = join(root, 'data');
    copyDataset(dataset, dataDir);
    const rows = readCells(join(dataDir, LEDGER_FILE), range);
    const core = await openCore({ dataDir });
    try {
      await exportThroughLoket(core, range); // warm-up: JIT and page cache for both
      await writeRaw(join(root, 'warm.xlsx'), rows);
      let loketMs = 0;
      let rawMs = 0;
      let total = 0;
      for (let r = 0; r < rounds; r += 1) {
        let start = performance.now();
        total = await exportThroughLoket(core, range);
        loketMs += performance.now() - start;
        start = performance.now();
        await writeRaw(join(root, `raw-${r}.xlsx`), rows);
        rawMs += performance.now() - start;
      }
      if (total !== rows.length) throw new Error(`export.xlsx: Loket exported ${total} rows, the raw writer ${rows.length}`);
      await explain(dataDir, range, rawMs / rounds);
      return {
        name: 'export.xlsx',
        value: round(loketMs / rounds, 1),
        unit: `ms per export of ${total} sales`,
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
 * Where the time goes, printed (not a result): the Transaksi sheet alone through Loket's exporter
 * (query, mapping, formatted cells) and the figures of the report sheets (Ringkasan, Mutasi deposit,
 * Kas: every deposit and drawer movement of the range, one row each).
 */
async function explain(dataDir: string, range: { from: string; to: string }, rawMs: number): Promise<void> {
  const db = new Database(join(dataDir, LEDGER_FILE));
  try {
    const ledger = new Ledger(db, { timeZone: 'Asia/Jakarta' });
    let start = performance.now();
    const figures = reportSheetsData(ledger, range);
    const figuresMs = performance.now() - start;
    const movements = figures.deposits.providers.reduce((n, p) => n + p.movements.length, 0) + figures.cash.movements.length;
    const transaksiOnly = new SalesExporter({ ledger, events: new EventBus(), dataDir, reports: () => null as unknown as ReportSheetsData });
    start = performance.now();
    const job = transaksiOnly.start({ format: 'xlsx', range });
    await transaksiOnly.whenEnded(job.jobId);
    const transaksiMs = performance.now() - start;
    console.log(
      `[bench] export.xlsx: Transaksi sheet alone through Loket ${transaksiMs.toFixed(0)} ms (${(transaksiMs / rawMs).toFixed(2)} x raw); ` +
        `report sheets' figures ${figuresMs.toFixed(0)} ms in one synchronous call, ${movements} movement rows to write`,
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
    const started = await core.dispatch('exports:start', { format: 'xlsx', range });
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

/** The rows Loket writes, as its own query and mapping make them (read once, outside the timing). */
function readCells(file: string, range: { from: string; to: string }): TransaksiCell[][] {
  const db = new Database(file, { readonly: true });
  try {
    const query = new SaleExportQuery(db, range);
    const cells: TransaksiCell[][] = [];
    for (let cursor = query.first; ; ) {
      const rows = query.next(cursor, 1_000);
      if (rows.length === 0) return cells;
      for (const row of rows) cells.push(transaksiCells(row, 'Asia/Jakarta'));
      cursor = cursorAfter(rows, cursor);
    }
  } finally {
    db.close();
  }
}

/** The same library, the same options, the same cells: no formats, no views, no other sheets. */
async function writeRaw(path: string, rows: readonly TransaksiCell[][]): Promise<void> {
  const stream = createWriteStream(path);
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Transaksi');
  sheet.addRow(TRANSAKSI_COLUMNS.map((c) => c.header)).commit();
  for (const cells of rows) sheet.addRow(cells).commit();
  sheet.commit();
  await workbook.commit();
  await closed;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
