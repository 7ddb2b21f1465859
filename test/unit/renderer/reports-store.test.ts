import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import type { ChannelOutput, Result } from '../../../renderer/src/api/contract-types';
import { useReportsStore } from '../../../renderer/src/stores/reports';
import { createFakePos, ok, type FakePos } from './fake-pos';
import { chartsOf, deferred, summaryOf, type FakeSale } from './reports-fixtures';

type Summary = ChannelOutput<'reports:summary'>;

const TODAY = '2025-11-24';

/**
 * A small core for Laporan: sales on business days, summed per range as the real one would; a
 * summary can be held back (`hold`) to answer late, and a section can be switched to refuse.
 */
function fakeCore() {
  const state = {
    sales: [
      { day: '2025-11-20', price: 10_000, cost: 9_000 },
      { day: '2025-11-23', price: 20_000, cost: 18_500 },
      { day: TODAY, price: 12_300, cost: 11_000 },
      { day: TODAY, price: 52_000, cost: 50_500 },
    ] as FakeSale[],
    hold: null as null | { from: string; answer: ReturnType<typeof deferred<Result<Summary>>> },
    cashDown: false,
  };
  const pos = createFakePos({
    'reports:summary': ({ from, to }) => {
      if (state.hold && state.hold.from === from) return state.hold.answer.promise;
      return ok(summaryOf(state.sales, from, to));
    },
    'reports:depositMovements': ({ from, to }) => ok({ from, to, providers: [] }),
    'reports:cashMovements': ({ from, to }) =>
      state.cashDown ? failure('internal', 'Kas tidak bisa dibaca.') : ok({ from, to, openingBalance: 1_000_000, closingBalance: 1_064_300, movements: [] }),
    'reports:charts': ({ day }) => ok(chartsOf(day)),
  });
  return { state, pos };
}

const callsTo = (pos: FakePos, channel: string) => pos.calls.filter((c) => c.channel === channel);

let core: ReturnType<typeof fakeCore>;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.pos.client);
});

describe('reports store', () => {
  it('opens on the business day with the core\'s totals, every section for that day, charts of that day', async () => {
    const reports = useReportsStore();
    await reports.open(TODAY);
    expect(reports.range).toEqual({ from: TODAY, to: TODAY });
    expect(reports.sections.summary.data?.totals).toMatchObject({ count: 2, gross: 64_300, cost: 61_500, margin: 2_800 });
    expect(reports.sections.cash.data?.closingBalance).toBe(1_064_300);
    expect(reports.sections.deposits.dataRange).toEqual({ from: TODAY, to: TODAY });
    expect(callsTo(core.pos, 'reports:charts').map((c) => c.input)).toEqual([{ day: TODAY }]);
  });

  it('presets: kemarin and 7 hari ask the core for those business days', async () => {
    const reports = useReportsStore();
    await reports.open(TODAY);
    await reports.applyPreset('yesterday');
    expect(reports.sections.summary.data?.totals.gross).toBe(20_000);
    await reports.applyPreset('last7');
    expect(reports.range).toEqual({ from: '2025-11-18', to: TODAY });
    expect(reports.sections.summary.data?.totals.gross).toBe(94_300);
    // The charts are of the range's last day.
    expect(callsTo(core.pos, 'reports:charts').at(-1)?.input).toEqual({ day: TODAY });
  });

  it('a slow answer for an older range never lands over the newer range', async () => {
    const reports = useReportsStore();
    await reports.open(TODAY);
    const late = deferred<Result<Summary>>();
    core.state.hold = { from: '2025-11-23', answer: late };
    const yesterday = reports.applyPreset('yesterday');
    // While yesterday's totals are on their way, nothing of today is shown under yesterday's heading.
    expect(reports.sections.summary.data).toBeNull();
    await reports.applyPreset('last7');
    late.resolve(ok(summaryOf(core.state.sales, '2025-11-23', '2025-11-23')));
    await yesterday;
    expect(reports.sections.summary.dataRange).toEqual({ from: '2025-11-18', to: TODAY });
    expect(reports.sections.summary.data?.totals.gross).toBe(94_300);
    expect(reports.sections.summary.loading).toBe(false);
  });

  it('a section that fails shows its reason while the others load; retry loads only that section', async () => {
    core.state.cashDown = true;
    const reports = useReportsStore();
    await reports.open(TODAY);
    expect(reports.sections.cash.error).toEqual({ code: 'internal', message: 'Kas tidak bisa dibaca.' });
    expect(reports.sections.cash.data).toBeNull();
    expect(reports.sections.summary.data?.totals.count).toBe(2);

    core.state.cashDown = false;
    const before = core.pos.calls.length;
    await reports.retry('cash');
    expect(core.pos.calls.slice(before).map((c) => c.channel)).toEqual(['reports:cashMovements']);
    expect(reports.sections.cash.error).toBeNull();
    expect(reports.sections.cash.data?.openingBalance).toBe(1_000_000);
  });

  it('a failed refresh of the same range keeps the last figures with the reason above them', async () => {
    const reports = useReportsStore();
    await reports.open(TODAY);
    core.state.cashDown = true;
    await reports.load();
    expect(reports.sections.cash.error?.message).toBe('Kas tidak bisa dibaca.');
    expect(reports.sections.cash.data?.closingBalance).toBe(1_064_300);
  });

  it('follows new sales live while the range holds today, not for a past range, and stops when left', async () => {
    const reports = useReportsStore();
    await reports.open(TODAY);
    reports.startLive();
    core.state.sales.push({ day: TODAY, price: 5_000, cost: 4_000 });
    core.pos.emit('sales:updated', { saleId: 9, state: 'success' });
    await settle();
    expect(reports.sections.summary.data?.totals.count).toBe(3);

    await reports.applyPreset('yesterday');
    const before = callsTo(core.pos, 'reports:summary').length;
    core.pos.emit('ledger:changed', { entryId: 40 });
    await settle();
    expect(callsTo(core.pos, 'reports:summary').length).toBe(before);

    reports.stopLive();
    expect(core.pos.listenerCount()).toBe(0);
  });

  it('a burst of events costs at most two reloads', async () => {
    const reports = useReportsStore();
    await reports.open(TODAY);
    reports.startLive();
    const before = callsTo(core.pos, 'reports:summary').length;
    for (let entryId = 1; entryId <= 6; entryId += 1) core.pos.emit('ledger:changed', { entryId });
    await settle();
    expect(callsTo(core.pos, 'reports:summary').length - before).toBe(2);
    reports.stopLive();
  });

  it('coming back to Laporan keeps the chosen range and loads it again', async () => {
    const reports = useReportsStore();
    await reports.open(TODAY);
    await reports.applyPreset('thisMonth');
    await reports.open(TODAY);
    expect(reports.range).toEqual({ from: '2025-11-01', to: TODAY });
    expect(callsTo(core.pos, 'reports:summary').at(-1)?.input).toEqual({ from: '2025-11-01', to: TODAY });
  });
});

/** Lets the fake core's answers (already settled promises) run through the store. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}
