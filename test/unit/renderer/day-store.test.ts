import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import { useDayStore, type DayRecap } from '../../../renderer/src/stores/day';
import { createFakePos, ok } from './fake-pos';
import { dayRecap, shiftView } from './shift-fixtures';

/** A day with one shift: the core refuses to close it while the shift is open, like the real one. */
function fakeCore() {
  const state = { recap: dayRecap({ shifts: [shiftView()], openShifts: 1 }), offlineOnce: false };
  const pos = createFakePos({
    'day:status': () => ok(state.recap),
    'day:close': ({ day }) => {
      if (state.offlineOnce) {
        state.offlineOnce = false;
        return failure('offline', 'x');
      }
      if (state.recap.openShifts > 0) return failure('invalid_state', `Hari ${day} belum bisa ditutup: 1 kasir masih buka (Sari).`);
      state.recap = { ...state.recap, closed: true, closedAt: 1_764_050_000_000, autoExport: { path: '/data/ekspor/2025-11-24.xlsx', error: null } } satisfies DayRecap;
      return ok(state.recap);
    },
  });
  return { state, pos };
}

let core: ReturnType<typeof fakeCore>;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.pos.client);
  let n = 0;
  useDayStore().setRequestIds(() => `req-day-${++n}`);
});

describe('day store', () => {
  it('keeps the core\'s refusal while a shift is open, as sent, and closes once every shift is closed', async () => {
    const day = useDayStore();
    await day.start();
    expect(day.recap?.openShifts).toBe(1);
    const refused = await day.closeDay('2025-11-24');
    expect(refused?.ok).toBe(false);
    expect(day.closeError?.message).toBe('Hari 2025-11-24 belum bisa ditutup: 1 kasir masih buka (Sari).');
    expect(day.closedRecap).toBeNull();

    core.state.recap = { ...core.state.recap, openShifts: 0, shifts: [shiftView({ closedAt: 1_764_040_000_000 })] };
    core.pos.emit('shifts:changed', { shiftId: 1 });
    await day.refresh();
    expect(day.recap?.openShifts).toBe(0);
    const closed = await day.closeDay('2025-11-24');
    expect(closed?.ok).toBe(true);
    expect(day.closeError).toBeNull();
    expect(day.closedRecap?.autoExport?.path).toBe('/data/ekspor/2025-11-24.xlsx');
    expect(day.recap?.closed).toBe(true);
  });

  it('retries a close whose answer was lost with the same request id, and sends one close per double press', async () => {
    core.state.recap = dayRecap();
    core.state.offlineOnce = true;
    const day = useDayStore();
    await day.start();
    const [first, second] = await Promise.all([day.closeDay('2025-11-24'), day.closeDay('2025-11-24')]);
    expect(first?.ok).toBe(false);
    expect(second).toBeNull();
    await day.closeDay('2025-11-24');
    const ids = core.pos.calls.filter((c) => c.channel === 'day:close').map((c) => (c.input as { requestId: string }).requestId);
    expect(ids).toEqual(['req-day-1', 'req-day-1']);
  });

  it('stops following shifts:changed on stop()', async () => {
    const day = useDayStore();
    await day.start();
    day.stop();
    expect(core.pos.listenerCount()).toBe(0);
  });
});

describe('day store: past days left unclosed, and the export of a closed day', () => {
  it('lists the past unclosed days, shows the chosen one, closes it and goes back to today', async () => {
    const asked: (string | undefined)[] = [];
    const pos = createFakePos({
      'day:status': ({ day }) => {
        asked.push(day);
        return ok(dayRecap({ day: day ?? '2025-11-25', shifts: [shiftView()] }));
      },
      'day:unclosed': () => ok({ days: ['2025-11-24'] }),
      'day:close': ({ day }) => ok(dayRecap({ day, closed: true, closedAt: 1_764_050_000_000 })),
    });
    setPosClient(pos.client);
    const day = useDayStore();
    await day.start();
    expect(day.unclosed).toEqual(['2025-11-24']);
    expect(day.recap?.day).toBe('2025-11-25');
    await day.chooseDay('2025-11-24');
    expect(day.recap?.day).toBe('2025-11-24');
    await day.closeDay(day.recap!.day);
    expect(pos.calls.filter((c) => c.channel === 'day:close').map((c) => (c.input as { day: string }).day)).toEqual(['2025-11-24']);
    await day.chooseDay(null);
    expect(asked).toEqual([undefined, '2025-11-24', undefined]);
    day.stop();
  });

  it('exports the day through exports:start and follows the job by its progress events', async () => {
    const job = { jobId: 'job-1', format: 'xlsx' as const, from: '2025-11-24', to: '2025-11-24', state: 'running' as const, done: 0, total: 3, fileName: 'penjualan.xlsx', path: null, message: null };
    const pos = createFakePos({
      'day:status': () => ok(dayRecap({ closed: true, closedAt: 1_764_050_000_000, autoExport: null })),
      'day:unclosed': () => ok({ days: [] }),
      'exports:start': () => ok(job),
    });
    setPosClient(pos.client);
    const day = useDayStore();
    await day.start();
    await day.exportDay('2025-11-24');
    expect(pos.calls.find((c) => c.channel === 'exports:start')?.input).toEqual({ format: 'xlsx', range: { from: '2025-11-24', to: '2025-11-24' } });
    pos.emit('exports:progress', { ...job, jobId: 'other', state: 'done', path: '/x/other.xlsx' });
    expect(day.exportJob?.state).toBe('running');
    pos.emit('exports:progress', { ...job, state: 'done', done: 3, path: '/data/exports/penjualan.xlsx' });
    expect(day.exportJob).toMatchObject({ state: 'done', path: '/data/exports/penjualan.xlsx' });
    day.stop();
    expect(pos.listenerCount()).toBe(0);
  });
});
