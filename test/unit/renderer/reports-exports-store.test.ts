import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import type { ChannelOutput } from '../../../renderer/src/api/contract-types';
import { useExportsStore, type ExportJob } from '../../../renderer/src/stores/exports';
import { createFakePos, ok } from './fake-pos';
import { deferred } from './reports-fixtures';

type Settings = ChannelOutput<'exports:settings'>;
const DAY = { from: '2025-11-24', to: '2025-11-24' };

/**
 * A core that runs export jobs by hand: the test pushes progress events (`progress`), and can make
 * the start answer wait (`holdStart`) so events overtake it, as they can over HTTP + SSE.
 */
function fakeCore() {
  let jobs = 0;
  const state = {
    settings: { folder: '/data/exports', defaultFolder: '/data/exports', csvSeparator: ';', autoExportAtDayClose: false, autoExportFormat: 'xlsx' } as Settings,
    holdStart: null as ReturnType<typeof deferred<void>> | null,
    current: null as ExportJob | null,
  };
  const view = (over: Partial<ExportJob>): ExportJob => ({ ...state.current!, ...over });
  const pos = createFakePos({
    'exports:start': async ({ format, range }) => {
      jobs += 1;
      state.current = { jobId: `job-${jobs}`, format, from: range.from, to: range.to, state: 'running', done: 0, total: 300, fileName: `penjualan-${range.from}.${format}`, path: null, message: null };
      const answer = state.current;
      if (state.holdStart) await state.holdStart.promise;
      return ok(answer);
    },
    'exports:cancel': ({ jobId }) => {
      state.current = view({ jobId, state: 'cancelled', message: 'Ekspor dibatalkan.' });
      return ok(state.current);
    },
    'exports:status': () => ok(state.current!),
    'exports:settings': () => ok(state.settings),
    'exports:setSettings': (patch) => {
      if (patch.folder === '/tidak/ada') return failure('invalid_input', 'Folder /tidak/ada tidak ada atau tidak bisa ditulisi.');
      state.settings = { ...state.settings, ...patch, folder: patch.folder === '' ? state.settings.defaultFolder : (patch.folder ?? state.settings.folder) } as Settings;
      return ok(state.settings);
    },
  });
  const progress = (over: Partial<ExportJob>) => {
    state.current = view(over);
    pos.emit('exports:progress', state.current);
  };
  return { state, pos, progress };
}

let core: ReturnType<typeof fakeCore>;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.pos.client);
});

const startCalls = () => core.pos.calls.filter((c) => c.channel === 'exports:start');

describe('exports store', () => {
  it('starts a job for the range and follows its progress to the finished file', async () => {
    const exports = useExportsStore();
    await exports.start('xlsx', DAY);
    expect(startCalls().map((c) => c.input)).toEqual([{ format: 'xlsx', range: DAY, requestId: expect.any(String) }]);
    expect(exports.job).toMatchObject({ state: 'running', done: 0, total: 300 });
    core.progress({ done: 120 });
    expect(exports.job?.done).toBe(120);
    core.progress({ done: 300, state: 'done', path: '/data/exports/penjualan-2025-11-24.xlsx' });
    expect(exports.job).toMatchObject({ state: 'done', path: '/data/exports/penjualan-2025-11-24.xlsx' });
    expect(exports.running).toBe(false);
  });

  it('progress that overtakes the start answer is not lost (the file path shows)', async () => {
    core.state.holdStart = deferred<void>();
    const exports = useExportsStore();
    const started = exports.start('csv', DAY);
    await Promise.resolve();
    core.progress({ done: 300, state: 'done', path: '/data/exports/penjualan-2025-11-24.csv' });
    core.state.holdStart.resolve();
    await started;
    expect(exports.job).toMatchObject({ state: 'done', done: 300, path: '/data/exports/penjualan-2025-11-24.csv' });
  });

  it('one export at a time: a second press while one runs starts nothing', async () => {
    const exports = useExportsStore();
    await Promise.all([exports.start('xlsx', DAY), exports.start('xlsx', DAY)]);
    await exports.start('csv', DAY);
    expect(startCalls()).toHaveLength(1);
  });

  it('Batal cancels once; a late running event does not bring the job back', async () => {
    const exports = useExportsStore();
    await exports.start('xlsx', { from: '2025-11-01', to: '2025-11-24' });
    core.progress({ done: 80 });
    await Promise.all([exports.cancel(), exports.cancel()]);
    expect(core.pos.calls.filter((c) => c.channel === 'exports:cancel').map((c) => c.input)).toEqual([{ jobId: 'job-1' }]);
    expect(exports.job).toMatchObject({ state: 'cancelled', message: 'Ekspor dibatalkan.' });
    core.pos.emit('exports:progress', { ...exports.job!, state: 'running', done: 90 });
    expect(exports.job?.state).toBe('cancelled');
    // The screen can export again afterwards.
    await exports.start('csv', DAY);
    expect(startCalls()).toHaveLength(2);
  });

  it('events of another job (an automatic export at day close) leave this one alone', async () => {
    const exports = useExportsStore();
    await exports.start('xlsx', DAY);
    core.pos.emit('exports:progress', { ...exports.job!, jobId: 'auto-1', state: 'done', done: 300, path: '/x.xlsx' });
    expect(exports.job).toMatchObject({ jobId: 'job-1', state: 'running', path: null });
  });

  it('a start whose answer was lost is retried with the same requestId (the core answers the same job); the next export gets a new one', async () => {
    let lost = true;
    const pos = createFakePos({
      'exports:start': ({ format, range, requestId }) => {
        if (lost) {
          lost = false;
          return failure('offline', 'Tidak terhubung ke Loket.');
        }
        return ok({ jobId: `job-${requestId}`, format, from: range.from, to: range.to, state: 'done', done: 3, total: 3, fileName: 'a.xlsx', path: '/a.xlsx', message: null });
      },
    });
    setPosClient(pos.client);
    const exports = useExportsStore();
    await exports.start('xlsx', DAY);
    expect(exports.startError?.code).toBe('offline');
    await exports.start('xlsx', DAY);
    exports.dismiss();
    await exports.start('xlsx', DAY);
    const ids = pos.calls.filter((c) => c.channel === 'exports:start').map((c) => (c.input as { requestId: string }).requestId);
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[1]);
  });

  it('a refused start is shown as the core wrote it, and no job appears', async () => {
    setPosClient(createFakePos({ 'exports:start': () => failure('invalid_input', 'Rentang laporan maksimal 366 hari.') }).client);
    const exports = useExportsStore();
    await exports.start('xlsx', { from: '2024-01-01', to: '2025-11-24' });
    expect(exports.startError?.message).toBe('Rentang laporan maksimal 366 hari.');
    expect(exports.job).toBeNull();
  });

  it('a status read after a missed event catches up with the finished job', async () => {
    const exports = useExportsStore();
    await exports.start('xlsx', DAY);
    core.state.current = { ...core.state.current!, state: 'done', done: 300, path: '/data/exports/a.xlsx' };
    await exports.checkStatus();
    expect(exports.job).toMatchObject({ state: 'done', path: '/data/exports/a.xlsx' });
  });

  it('settings: only the changed field is sent, an empty folder is the default, a refusal changes nothing', async () => {
    const exports = useExportsStore();
    await exports.loadSettings();
    expect(await exports.saveSettings({ csvSeparator: ',' })).toBe(true);
    expect(core.pos.calls.at(-1)?.input).toEqual({ csvSeparator: ',' });
    expect(exports.settings?.csvSeparator).toBe(',');

    expect(await exports.saveSettings({ folder: '/tidak/ada' })).toBe(false);
    expect(exports.saveError?.message).toMatch(/tidak bisa ditulisi/);
    expect(exports.settings?.folder).toBe('/data/exports');

    expect(await exports.saveSettings({ folder: '' })).toBe(true);
    expect(exports.settings?.folder).toBe('/data/exports');
    expect(exports.saveError).toBeNull();
  });
});
