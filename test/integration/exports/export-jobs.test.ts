import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJobView } from '../../../electron/core/exports';
import type { ReportSheetsSource } from '../../../electron/core/exports/report-sheets';
import { DAY, insertSettledSales, openExportWorld, type ExportWorld } from './export-fixture';

/**
 * An export is a job: it answers at once, reports progress chunk by chunk, can be cancelled, and
 * a cancelled or failed export leaves no file behind.
 */
let world: ExportWorld;
beforeEach(async () => {
  world = await openExportWorld();
});
afterEach(() => world.close());

const exportsDir = () => join(world.dir, 'exports');
const range = { from: DAY, to: DAY };

/** The first progress event of a job, awaited through the event bus (no timers). */
function nextProgress(jobId: string): Promise<ExportJobView> {
  return new Promise((resolve) => {
    const off = world.events.on((event, payload) => {
      if (event === 'exports:progress' && (payload as ExportJobView).jobId === jobId) {
        off();
        resolve(payload as ExportJobView);
      }
    });
  });
}

describe('export jobs', () => {
  it('answers running at once, then reports done/total after every chunk and the end', async () => {
    insertSettledSales(world.db, 2_500, DAY, 'LKPROG');
    const exporter = world.exporter({ chunkSize: 1_000 });
    const started = exporter.start({ format: 'xlsx', range });
    expect(started).toMatchObject({ state: 'running', done: 0, total: 2_500, path: null });
    const ended = await exporter.whenEnded(started.jobId);
    expect(ended.state).toBe('done');
    // Then the report sheets' rows: the four deposits funded that day, one Mutasi deposit step per provider.
    expect(world.progress.map((p) => [p.state, p.done, p.total])).toEqual([
      ['running', 1_000, 2_504],
      ['running', 2_000, 2_504],
      ['running', 2_500, 2_504],
      ['running', 2_501, 2_504],
      ['running', 2_502, 2_504],
      ['running', 2_503, 2_504],
      ['running', 2_504, 2_504],
      ['done', 2_504, 2_504],
    ]);
    expect(exporter.status(started.jobId)).toEqual(ended);
  });

  it('cancel stops at the next chunk and removes the partial file', async () => {
    insertSettledSales(world.db, 3_000, DAY, 'LKCANCEL');
    const exporter = world.exporter({ chunkSize: 1_000 });
    const started = exporter.start({ format: 'csv', range });
    const first = await nextProgress(started.jobId);
    expect(first.done).toBe(1_000);
    // The partial file exists while the job runs (hidden; a CSV chunk waits for the disk, so it is open by now).
    expect(readdirSync(exportsDir())).toEqual([`.loket-penjualan-${started.jobId}.part`]);
    expect(exporter.cancel(started.jobId).state).toBe('running');
    const ended = await exporter.whenEnded(started.jobId);
    expect(ended).toMatchObject({ state: 'cancelled', done: 1_000, path: null });
    expect(ended.message).toMatch(/dibatalkan/);
    expect(readdirSync(exportsDir())).toEqual([]);
    expect(exporter.list()).toEqual([]);
  });

  it('Batal while the file is being finished ends the job cancelled: the complete file is removed, never published', async () => {
    insertSettledSales(world.db, 1_500, DAY, 'LKLATECANCEL');
    let cancelledAs: ExportJobView | undefined;
    // The cancel arrives after the last row, while the writer completes the file (the injected point).
    const exporter = world.exporter({ chunkSize: 1_000, afterFinish: (jobId) => void (cancelledAs = exporter.cancel(jobId)) });
    const started = exporter.start({ format: 'xlsx', range });
    const ended = await exporter.whenEnded(started.jobId);
    expect(cancelledAs?.state).toBe('running');
    expect(ended).toMatchObject({ state: 'cancelled', done: 1_504, path: null });
    expect(ended.message).toMatch(/dibatalkan/);
    expect(readdirSync(exportsDir())).toEqual([]);
  });

  it('Batal after the file was published answers done and keeps the file', async () => {
    insertSettledSales(world.db, 10, DAY, 'LKAFTERDONE');
    const exporter = world.exporter();
    const started = exporter.start({ format: 'csv', range });
    const ended = await exporter.whenEnded(started.jobId);
    expect(exporter.cancel(started.jobId)).toEqual(ended);
    expect(ended.state).toBe('done');
    expect(readdirSync(exportsDir())).toEqual([`loket-penjualan-${DAY}.csv`]);
  });

  it('a folder that disappears mid-export fails the job in Indonesian, leaving nothing', async () => {
    insertSettledSales(world.db, 10, DAY, 'LKGONE');
    const exporter = world.exporter();
    const started = exporter.start({ format: 'xlsx', range });
    // The USB drive is pulled out before the first byte is written.
    rmSync(exportsDir(), { recursive: true });
    const ended = await exporter.whenEnded(started.jobId);
    expect(ended).toMatchObject({ state: 'failed', path: null });
    expect(ended.message).toMatch(/^Ekspor gagal: folder ekspor tidak ditemukan lagi/);
    expect(existsSync(exportsDir())).toBe(false);
  });

  it('a failure after rows were written leaves no partial file', async () => {
    insertSettledSales(world.db, 1_500, DAY, 'LKFAIL');
    // Figures the sheet writer cannot lay out: it throws while completing a file that already holds every row.
    const broken = { summary: null, deposits: null, cash: null, units: 0 } as unknown as ReportSheetsSource;
    const exporter = world.exporter({ chunkSize: 1_000, reports: () => broken });
    const ended = await exporter.whenEnded(exporter.start({ format: 'xlsx', range }).jobId);
    expect(ended).toMatchObject({ state: 'failed', done: 1_500, path: null });
    expect(ended.message).toBe('Ekspor gagal karena kesalahan saat menyusun file. Tidak ada file setengah jadi yang tertinggal. Coba lagi.');
    expect(readdirSync(exportsDir())).toEqual([]);
  });

  it('a failure before the file exists fails the job the same way', async () => {
    const exporter = world.exporter({ reports: () => { throw new Error('report query broke'); } });
    const ended = await exporter.whenEnded(exporter.start({ format: 'xlsx', range }).jobId);
    expect(ended).toMatchObject({ state: 'failed', path: null });
    expect(readdirSync(exportsDir())).toEqual([]);
  });

  it('exportDay: nothing when automatic export is off; the day file when on', async () => {
    insertSettledSales(world.db, 5, DAY, 'LKAUTO');
    const exporter = world.exporter();
    expect(await exporter.exportDay(DAY)).toEqual({ path: null, error: null });
    expect(existsSync(exportsDir())).toBe(false);
    exporter.setSettings({ autoExportAtDayClose: true, autoExportFormat: 'csv' });
    expect(await exporter.exportDay(DAY)).toEqual({ path: join(exportsDir(), `loket-penjualan-${DAY}.csv`), error: null });
  });

  it('exportDay reports a folder that is gone as an error instead of throwing', async () => {
    const chosen = join(world.dir, 'flashdisk');
    const exporter = world.exporter();
    (await import('node:fs')).mkdirSync(chosen);
    exporter.setSettings({ folder: chosen, autoExportAtDayClose: true });
    rmSync(chosen, { recursive: true });
    const result = await exporter.exportDay(DAY);
    expect(result.path).toBeNull();
    expect(result.error).toMatch(/^Folder ekspor tidak ditemukan: .*flashdisk/);
  });

  it('an unknown job is refused clearly', () => {
    expect(() => world.exporter().status('nope')).toThrow(/Ekspor ini tidak ditemukan/);
  });
});
