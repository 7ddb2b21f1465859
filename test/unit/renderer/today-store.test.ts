import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import { useTodayStore, type Today } from '../../../renderer/src/stores/today';
import { createFakePos, ok } from './fake-pos';

function fakeCore() {
  const state = {
    offline: false,
    today: { day: '2025-11-24', count: 0, gross: 0, pendingCount: 0, drawer: 1_000_000, lastSales: [] } as Today,
  };
  const pos = createFakePos({ 'reports:today': () => (state.offline ? failure('offline', 'x') : ok(state.today)) });
  return { state, pos };
}

let core: ReturnType<typeof fakeCore>;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.pos.client);
});

const sold = (n: number): Today => ({
  day: '2025-11-24',
  count: n,
  gross: 12_300 * n,
  pendingCount: 0,
  drawer: 1_000_000 + 12_300 * n,
  lastSales: [{ id: n, productName: 'Pulsa Telkomsel 10.000', customerNo: '081234560001', price: 12_300, state: 'success', createdAt: 1_764_000_000_000 }],
});

describe('today store (Home)', () => {
  it.each(['sales:updated', 'ledger:changed', 'shifts:changed'] as const)('reads the day again on %s', async (event) => {
    const today = useTodayStore();
    await today.start();
    expect(today.today?.drawer).toBe(1_000_000);
    core.state.today = sold(1);
    if (event === 'sales:updated') core.pos.emit(event, { saleId: 1, state: 'success' });
    else if (event === 'ledger:changed') core.pos.emit(event, { entryId: 7 });
    else core.pos.emit(event, { shiftId: null });
    await today.refresh();
    expect(today.today).toMatchObject({ count: 1, gross: 12_300, drawer: 1_012_300 });
    expect(today.today?.lastSales.map((s) => s.id)).toEqual([1]);
  });

  it('keeps the last good figures with the reason when the core cannot be reached', async () => {
    core.state.today = sold(2);
    const today = useTodayStore();
    await today.start();
    core.state.offline = true;
    await today.refresh();
    expect(today.today?.count).toBe(2);
    expect(today.loadError?.code).toBe('offline');
    today.stop();
    expect(core.pos.listenerCount()).toBe(0);
  });
});
