import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJobView } from '../../../electron/core/exports';
import { openCoreWithSales } from './core-fixture-exports';
import { OWNER_SESSION } from '../../support/sessions';

/** The export channels through the core's dispatcher, as the screens call them. */
const DAY = '2026-11-30';
let t: Awaited<ReturnType<typeof openCoreWithSales>>;
afterEach(async () => t.close());

interface Settings { folder: string; defaultFolder: string; csvSeparator: string; autoExportAtDayClose: boolean; autoExportFormat: string }

describe('export settings', () => {
  beforeEach(async () => {
    t = await openCoreWithSales(3, DAY, 'LKSET');
  });

  it('default: <data dir>/exports, ; and no automatic export', async () => {
    expect(await t.call('exports:settings')).toEqual({
      folder: join(t.dir, 'exports'), defaultFolder: join(t.dir, 'exports'), csvSeparator: ';', autoExportAtDayClose: false, autoExportFormat: 'xlsx',
    });
  });

  it.each([
    ['a relative path', () => 'laporan', /harus alamat lengkap/],
    ['a folder that does not exist', () => join(t.dir, 'tidak-ada'), /Folder ekspor tidak ditemukan/],
    ['a file', () => join(t.dir, 'loket.db'), /Ini bukan folder/],
    // /proc takes no new file even for root: the probe write is what refuses it.
    ['a folder that takes no file', () => '/proc', /Folder ekspor tidak bisa ditulis/],
  ])('refuses %s clearly and changes nothing', async (_name, folder, message) => {
    await t.call('exports:setSettings', { csvSeparator: ',' });
    const before = await t.call<Settings>('exports:settings');
    const result = await t.core.dispatch('exports:setSettings', { folder: folder(), csvSeparator: ';', autoExportAtDayClose: true }, OWNER_SESSION);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(message);
    }
    expect(await t.call('exports:settings')).toEqual(before);
  });

  it('a chosen folder receives the exports; an empty folder restores the default', async () => {
    const chosen = join(t.dir, 'laporan toko');
    mkdirSync(chosen);
    expect(await t.call('exports:setSettings', { folder: chosen, autoExportAtDayClose: true, autoExportFormat: 'csv' })).toMatchObject({
      folder: chosen, autoExportAtDayClose: true, autoExportFormat: 'csv',
    });
    const started = await t.call<ExportJobView>('exports:start', { format: 'csv', range: { from: DAY, to: DAY } });
    const ended = await t.ended(started.jobId);
    expect(ended.path).toBe(join(chosen, `loket-penjualan-${DAY}.csv`));
    // Only finished exports are listed, not other files in the folder.
    writeFileSync(join(chosen, 'catatan.txt'), 'bukan ekspor');
    expect((await t.call<{ files: { fileName: string }[] }>('exports:list')).files.map((f) => f.fileName)).toEqual([`loket-penjualan-${DAY}.csv`]);
    expect(await t.call<Settings>('exports:setSettings', { folder: '' })).toMatchObject({ folder: join(t.dir, 'exports') });
  });

  it('refuses a bad range and a bad format at the contract', async () => {
    const backwards = await t.core.dispatch('exports:start', { format: 'xlsx', range: { from: DAY, to: '2026-11-01' } }, OWNER_SESSION);
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Tanggal awal/) } });
    const pdf = await t.core.dispatch('exports:start', { format: 'pdf', range: { from: DAY, to: DAY } }, OWNER_SESSION);
    expect(pdf).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/xlsx atau csv/) } });
  });
});

describe('a 20,000-row export', () => {
  beforeEach(async () => {
    t = await openCoreWithSales(20_000, DAY, 'LKBIG');
  });

  it('lets other channels answer while it runs, then finishes with every row', async () => {
    const progress: ExportJobView[] = [];
    t.core.onEvent((event, payload) => {
      if (event === 'exports:progress') progress.push(payload as ExportJobView);
    });
    const firstChunk = new Promise<void>((resolve) => {
      const off = t.core.onEvent((event) => {
        if (event === 'exports:progress') {
          off();
          resolve();
        }
      });
    });
    const started = await t.call<ExportJobView>('exports:start', { format: 'xlsx', range: { from: DAY, to: DAY } });
    expect(started).toMatchObject({ state: 'running', done: 0, total: 20_000 });
    const ended = t.ended(started.jobId);
    await firstChunk;
    // Between two chunks another screen's call is answered: the export is still under way when it is.
    const info = await t.call<{ businessDay: string }>('app:info');
    expect(info.businessDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const during = await t.call<ExportJobView>('exports:status', { jobId: started.jobId });
    expect(during.state).toBe('running');
    expect(during.done).toBeLessThan(20_000);
    const final = await ended;
    expect(final).toMatchObject({ state: 'done', done: 20_000, total: 20_000 });
    expect(progress.filter((p) => p.state === 'running').map((p) => p.done)).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 1_000));
  });
});
