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
