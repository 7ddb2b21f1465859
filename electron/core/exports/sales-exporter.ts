import { randomUUID } from 'node:crypto';
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EventBus } from '../app/event-bus';
import { AppError } from '../errors/app-error';
import type { Ledger } from '../ledger';
import { PRIVATE_FILE_MODE } from '../ledger/private-files';
import { CsvExportWriter, type CsvSeparator } from './csv-export-writer';
import { exportBaseName, exportFileNames, freeFileName, listExportFiles, partialFileName, placeWithoutReplacing, removeStalePartials, type ExportFileInfo, type ExportFormat } from './export-files';
import { ExportCancelled, failureMessage, yieldToEventLoop, type ExportJobView } from './export-job';
import { readExportSettings, readyExportFolder, saveExportSettings, type ExportSettings, type ExportSettingsPatch } from './export-settings';
import type { ExportWriter } from './export-writer';
import type { ReportSheetsSource } from './report-sheets';
import { reportSheetsSource } from './report-source';
import { cursorAfter, SaleExportQuery, type DayRange } from './sale-export-row';
import { transaksiCells } from './transaksi-columns';
import { CSV_EXCEL_HINT } from './labels';
import { XlsxExportWriter } from './xlsx-export-writer';

export interface SalesExporterOptions {
  ledger: Ledger;
  events: EventBus;
  dataDir: string;
  /** The figures of the Ringkasan, Mutasi deposit and Kas sheets; default: the reports module (tests replace it). */
  reports?: (range: DayRange) => ReportSheetsSource;
  /** Rows per chunk; between chunks the event loop runs (other channels answer). */
  chunkSize?: number;
  /** Test point: awaited once the file is complete, before it is published (a Batal arriving while the file is finished). */
  afterFinish?: (jobId: string) => Promise<void> | void;
}

export interface StartExport {
  format: ExportFormat;
  range: DayRange;
  csvSeparator?: CsvSeparator;
  /** The caller's id for this press of the button: a retried call with the same id answers the same job. */
  requestId?: string;
}

interface Job {
  view: ExportJobView;
  /** The request that started it and what it asked for (a retry must ask for the same export). */
  requestId: string | undefined;
  asked: string;
  cancelRequested: boolean;
  ended: Promise<ExportJobView>;
}

const DEFAULT_CHUNK = 1_000;
/** Finished jobs remembered for exports:status (the screen asks right after the end). */
const KEEP_FINISHED = 20;

/**
 * The sales export as jobs. `start` answers at once; the rows are written chunk by chunk with a
 * yield to the event loop in between, progress is pushed after every chunk, `cancel` stops at the
 * next chunk. A job writes to a hidden partial file in the destination folder and renames it to
 * its real name only when the file is complete: a cancelled or failed export leaves nothing, and
 * an existing export is never overwritten.
 */
export class SalesExporter {
  private readonly jobs = new Map<string, Job>();
  private readonly chunkSize: number;
  private readonly reports: (range: DayRange) => ReportSheetsSource;
  private closing = false;

  constructor(private readonly options: SalesExporterOptions) {
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
    this.reports = options.reports ?? ((range) => reportSheetsSource(options.ledger, range));
    // Start-up: no job runs yet, so every partial file in the export folder was left by a crash or a quit.
    try {
      removeStalePartials(this.settings().folder, new Set());
    } catch (err) {
      console.error('[loket] could not clean partial export files:', err);
    }
  }

  settings(): ExportSettings {
    return readExportSettings(this.options.ledger.db, this.options.dataDir);
  }

  setSettings(patch: ExportSettingsPatch): ExportSettings {
    return saveExportSettings(this.options.ledger.db, this.options.dataDir, patch);
  }

  list(): ExportFileInfo[] {
    return listExportFiles(readyExportFolder(this.settings()));
  }

  start(input: StartExport): ExportJobView {
    if (this.closing) throw new AppError('conflict', 'Aplikasi sedang ditutup; ekspor tidak dimulai.');
    const asked = JSON.stringify([input.format, input.range.from, input.range.to, input.csvSeparator ?? null]);
    const earlier = input.requestId === undefined ? undefined : [...this.jobs.values()].find((j) => j.requestId === input.requestId);
    if (earlier) {
      if (earlier.asked !== asked) throw new AppError('conflict', 'requestId ini sudah dipakai untuk ekspor lain.');
      return { ...earlier.view };
    }
    const settings = this.settings();
    const folder = readyExportFolder(settings);
    // A folder chosen (or a drive plugged in) after start-up may still hold a crashed export's partial file.
    removeStalePartials(folder, this.runningPartials());
    const query = new SaleExportQuery(this.options.ledger.db, input.range);
    const jobId = randomUUID();
    const fileName = freeFileName(folder, exportBaseName(input.range), input.format, this.claimedNames());
    const view: ExportJobView = {
      jobId, format: input.format, from: input.range.from, to: input.range.to, state: 'running',
      done: 0, total: query.count(), fileName, path: null, message: null,
    };
    const job: Job = { view, requestId: input.requestId, asked, cancelRequested: false, ended: Promise.resolve(view) };
    job.ended = this.run(job, query, folder, input.csvSeparator ?? settings.csvSeparator);
    this.jobs.set(jobId, job);
    this.forgetOldJobs();
    return { ...view };
  }

  status(jobId: string): ExportJobView {
    return { ...this.job(jobId).view };
  }

  /**
   * Stops a running export at its next chunk, or after its file is completed if it was being
   * finished (the file is then removed, never published): whenever this answers `running`, the job
   * ends `cancelled`. A finished one is answered as it is.
   */
  cancel(jobId: string): ExportJobView {
    const job = this.job(jobId);
    if (job.view.state === 'running') job.cancelRequested = true;
    return { ...job.view };
  }

  /**
   * The core is closing: running jobs are cancelled and awaited (their partial files removed) before
   * the database closes, and no new export starts.
   */
  async close(): Promise<void> {
    this.closing = true;
    const running = [...this.jobs.values()].filter((j) => j.view.state === 'running');
    for (const job of running) job.cancelRequested = true;
    await Promise.all(running.map((j) => j.ended));
  }

  /** Resolves with the job's last view once it has ended (done, failed or cancelled). */
  whenEnded(jobId: string): Promise<ExportJobView> {
    return this.job(jobId).ended;
  }

  /**
   * The day-close hook: exports the closed day when the owner asked for it. Never throws; the day
   * close goes on either way and shows `error` to the owner.
   */
  async exportDay(day: string): Promise<{ path: string | null; error: string | null }> {
    try {
      const settings = this.settings();
      if (!settings.autoExportAtDayClose) return { path: null, error: null };
      const started = this.start({ format: settings.autoExportFormat, range: { from: day, to: day } });
      const ended = await this.whenEnded(started.jobId);
      return ended.state === 'done' ? { path: ended.path, error: null } : { path: null, error: ended.message ?? 'Ekspor otomatis tidak selesai.' };
    } catch (err) {
      if (!(err instanceof AppError)) console.error('[loket] automatic export at day close failed:', err);
      return { path: null, error: failureMessage(err) };
    }
  }

  private async run(job: Job, query: SaleExportQuery, folder: string, separator: CsvSeparator): Promise<ExportJobView> {
    const partial = join(folder, partialFileName(job.view.jobId));
    let writer: ExportWriter | null = null;
    try {
      // The caller gets its answer before any work starts.
      await yieldToEventLoop();
      const zone = this.options.ledger.timeZone;
      // The report sheets' summary and movement spans are fixed when the rows' set is, so all sheets
      // describe one moment; their movements are read later, chunk by chunk. Progress counts the rows
      // of every sheet, so the total grows by theirs with the first progress event.
      const reports = job.view.format === 'xlsx' ? this.reports(query.range) : null;
      if (reports) job.view.total += reports.units;
      const xlsx = job.view.format === 'xlsx' ? new XlsxExportWriter(partial, zone) : null;
      writer = xlsx ?? new CsvExportWriter(partial, separator);
      const afterChunk = async (rows: number): Promise<void> => {
        job.view.done += rows;
        // A step that wrote no counted row (Ringkasan, an account without movements) is not news.
        if (rows > 0) this.options.events.emit('exports:progress', { ...job.view });
        await yieldToEventLoop();
        if (job.cancelRequested) throw new ExportCancelled();
      };
      for (let cursor = query.first; ; ) {
        if (job.cancelRequested) throw new ExportCancelled();
        const rows = query.next(cursor, this.chunkSize);
        if (rows.length === 0) break;
        await writer.writeRows(rows.map((row) => transaksiCells(row, zone)));
        cursor = cursorAfter(rows, cursor);
        await afterChunk(rows.length);
      }
      if (job.cancelRequested) throw new ExportCancelled();
      if (xlsx && reports) await xlsx.writeReportSheets(reports, this.chunkSize, afterChunk);
      await writer.finish();
      await this.options.afterFinish?.(job.view.jobId);
      // A Batal that came while the file was being completed still wins: the finished file is removed,
      // never published. From here to 'done' nothing awaits, so no later cancel can slip in between.
      if (job.cancelRequested) throw new ExportCancelled();
      chmodSync(partial, PRIVATE_FILE_MODE);
      job.view.path = this.publish(partial, folder, job.view);
      if (job.view.format === 'csv') job.view.message = CSV_EXCEL_HINT;
      job.view.state = 'done';
    } catch (err) {
      await writer?.abort();
      rmSync(partial, { force: true });
      if (err instanceof ExportCancelled) {
        job.view.state = 'cancelled';
        job.view.message = 'Ekspor dibatalkan. Tidak ada file yang disimpan.';
      } else {
        if (!(err instanceof AppError)) console.error(`[loket] export ${job.view.fileName} failed:`, err);
        job.view.state = 'failed';
        job.view.message = failureMessage(err);
      }
    }
    this.options.events.emit('exports:progress', { ...job.view });
    return { ...job.view };
  }

  /**
   * The complete file takes its claimed name; if someone else put a file there meanwhile, the next
   * free one. Each try never replaces a file (no check-then-rename window): EEXIST -> next name.
   */
  private publish(partial: string, folder: string, view: ExportJobView): string {
    const claimed = this.claimedNames(view.jobId);
    const others = [...exportFileNames(exportBaseName(view), view.format)].filter((name) => name !== view.fileName && !claimed.has(name));
    for (const name of [view.fileName, ...others]) {
      if (placeWithoutReplacing(partial, join(folder, name))) {
        view.fileName = name;
        return join(folder, name);
      }
    }
    throw new Error(`no free export file name for ${view.fileName}`);
  }

  private runningPartials(): Set<string> {
    return new Set([...this.jobs.values()].filter((j) => j.view.state === 'running').map((j) => partialFileName(j.view.jobId)));
  }

  private claimedNames(except?: string): Set<string> {
    const names = new Set<string>();
    for (const job of this.jobs.values()) if (job.view.state === 'running' && job.view.jobId !== except) names.add(job.view.fileName);
    return names;
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('not_found', 'Ekspor ini tidak ditemukan (mungkin aplikasi sudah dibuka ulang).');
    return job;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j.view.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.view.jobId);
  }
}
