import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJobView } from '../../../electron/core/exports';
import { openCoreWithSales } from './core-fixture-exports';
import { DAY, insertSettledSales, openExportWorld, type ExportWorld } from './export-fixture';

/**
 * A crash or a quit during an export must not leave hidden partial files for ever, and a retried
 * exports:start (same requestId) must not make a second job and a -2 file.
 */
let world: ExportWorld;
beforeEach(async () => {
  world = await openExportWorld();
});
afterEach(() => world.close());

const exportsDir = () => join(world.dir, 'exports');
const range = { from: DAY, to: DAY };

describe('partial files left by a crash', () => {
  it('are removed when the exporter is made (start-up); finished exports and other files stay', () => {
    mkdirSync(exportsDir());
    writeFileSync(join(exportsDir(), '.loket-penjualan-crashed-job.part'), 'half');
    writeFileSync(join(exportsDir(), `loket-penjualan-${DAY}.xlsx`), 'done earlier');
    writeFileSync(join(exportsDir(), 'catatan.txt'), 'the owner’s');
    world.exporter();
    expect(readdirSync(exportsDir()).sort()).toEqual(['catatan.txt', `loket-penjualan-${DAY}.xlsx`]);
  });

  it('in a chosen folder (a drive plugged in later) are removed when the next export starts there', async () => {
    const chosen = join(world.dir, 'flashdisk');
    mkdirSync(chosen);
    const exporter = world.exporter();
    exporter.setSettings({ folder: chosen });
    writeFileSync(join(chosen, '.loket-penjualan-crashed-job.part'), 'half');
    const ended = await exporter.whenEnded(exporter.start({ format: 'csv', range }).jobId);
    expect(ended.state).toBe('done');
    expect(readdirSync(chosen)).toEqual([`loket-penjualan-${DAY}.csv`]);
  });
});

describe('closing the exporter', () => {
  it('stops running jobs: they end cancelled and leave no partial file', async () => {
    insertSettledSales(world.db, 3_000, DAY, 'LKCLOSE');
    const exporter = world.exporter({ chunkSize: 1_000 });
    const started = exporter.start({ format: 'xlsx', range });
    await exporter.close();
    expect(exporter.status(started.jobId).state).toBe('cancelled');
    expect(readdirSync(exportsDir())).toEqual([]);
    expect(() => exporter.start({ format: 'csv', range })).toThrow(/sedang ditutup/);
  });
});

describe('closing the core during an export', () => {
  it('waits for the job to stop, so no partial file is left when close() returns', async () => {
    const t = await openCoreWithSales(5_000, DAY, 'LKCORECLOSE');
    try {
      let last: ExportJobView | undefined;
      t.core.onEvent((event, payload) => {
        if (event === 'exports:progress') last = payload as ExportJobView;
      });
      const started = await t.call<ExportJobView>('exports:start', { format: 'xlsx', range });
      expect(started.state).toBe('running');
      await t.core.close();
      // Stopped by the core before its database closed (not failed by a closed connection), and cleaned up.
      expect(last).toMatchObject({ jobId: started.jobId, state: 'cancelled' });
      expect(readdirSync(join(t.dir, 'exports'))).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('a retried exports:start', () => {
  it('with the same requestId answers the same job: one file, no -2', async () => {
    insertSettledSales(world.db, 10, DAY, 'LKRETRY');
    const exporter = world.exporter();
    const first = exporter.start({ format: 'csv', range, requestId: 'export-retry-0001' });
    const again = exporter.start({ format: 'csv', range, requestId: 'export-retry-0001' });
    expect(again.jobId).toBe(first.jobId);
    await exporter.whenEnded(first.jobId);
    expect(exporter.start({ format: 'csv', range, requestId: 'export-retry-0001' })).toMatchObject({ jobId: first.jobId, state: 'done' });
    expect(readdirSync(exportsDir())).toEqual([`loket-penjualan-${DAY}.csv`]);
  });

  it('with the same requestId for another export is refused; without one each call is its own job', async () => {
    const exporter = world.exporter();
    const first = exporter.start({ format: 'csv', range, requestId: 'export-retry-0002' });
    expect(() => exporter.start({ format: 'xlsx', range, requestId: 'export-retry-0002' })).toThrow(/sudah dipakai/);
    const plain = exporter.start({ format: 'csv', range });
    expect(plain.jobId).not.toBe(first.jobId);
    await exporter.whenEnded(first.jobId);
    await exporter.whenEnded(plain.jobId);
    expect(existsSync(join(exportsDir(), `loket-penjualan-${DAY}-2.csv`))).toBe(true);
  });
});
