import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import type { ChannelOutput, Result } from '../../../renderer/src/api/contract-types';
import { useReportsStore } from '../../../renderer/src/stores/reports';
import { useHistory } from '../../../renderer/src/composables/use-history';
import { userIdFilter, userLabel } from '../../../renderer/src/format/user-label';
import { createFakePos, ok, type FakePos } from './fake-pos';
import { chartsOf, deferred, summaryOf, type FakeSale } from './reports-fixtures';

type Summary = ChannelOutput<'reports:summary'>;
const TODAY = '2025-11-24';

/** Laporan's and Riwayat's "by user" filter: what the screens ask the core, and which answer lands. */
function fakeCore() {
  const sales: (FakeSale & { userId: number | null })[] = [
    { day: TODAY, price: 12_000, cost: 10_000, userId: 7 },
    { day: TODAY, price: 50_000, cost: 48_000, userId: 8 },
    { day: TODAY, price: 20_000, cost: 19_000, userId: null },
  ];
  const state = { hold: null as null | { userId: number | null | undefined; answer: ReturnType<typeof deferred<Result<Summary>>> } };
  const pos = createFakePos({
    'reports:summary': ({ from, to, userId }) => {
      if (state.hold && state.hold.userId === userId) return state.hold.answer.promise;
      return ok(summaryOf(userId === undefined ? sales : sales.filter((s) => s.userId === userId), from, to));
    },
    'reports:depositMovements': ({ from, to }) => ok({ from, to, providers: [] }),
    'reports:cashMovements': ({ from, to }) => ok({ from, to, openingBalance: 0, closingBalance: 0, movements: [] }),
    'reports:charts': ({ day }) => ok(chartsOf(day)),
    'sales:list': () => ok({ sales: [], totals: { count: 0, successCount: 0, successPrice: 0 } }),
  });
  return { state, pos, sales };
}

const inputs = (pos: FakePos, channel: string) => pos.calls.filter((c) => c.channel === channel).map((c) => c.input);
let core: ReturnType<typeof fakeCore>;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.pos.client);
});

describe('the user label', () => {
  const t = (key: string) => ({ 'people.noUser': '—', 'people.noUserHint': 'sebelum pengguna / sistem' })[key] ?? key;
  it('names the user, or shows "—" with the one hint for rows no user made', () => {
    expect(userLabel({ id: 3, name: 'Rina' }, t)).toEqual({ text: 'Rina', hint: null });
    expect(userLabel(null, t)).toEqual({ text: '—', hint: 'sebelum pengguna / sistem' });
  });
  it('turns a choice into the channels\' userId: absent for everyone, null for no user', () => {
    expect(userIdFilter('')).toEqual({});
    expect(userIdFilter('none')).toEqual({ userId: null });
    expect(userIdFilter(7)).toEqual({ userId: 7 });
  });
});

describe('Laporan by user', () => {
  it("asks the summary for the chosen user's sales only; the other sections are not asked again", async () => {
    const reports = useReportsStore();
    await reports.open(TODAY);
    expect(inputs(core.pos, 'reports:summary')).toEqual([{ from: TODAY, to: TODAY }]);
    await reports.setUser(7);
    expect(inputs(core.pos, 'reports:summary').at(-1)).toEqual({ from: TODAY, to: TODAY, userId: 7 });
    expect(reports.sections.summary.data?.totals).toMatchObject({ count: 1, gross: 12_000 });
    await reports.setUser('none');
    expect(inputs(core.pos, 'reports:summary').at(-1)).toEqual({ from: TODAY, to: TODAY, userId: null });
    expect(reports.sections.summary.data?.totals).toMatchObject({ count: 1, gross: 20_000 });
    await reports.setUser('');
    expect(inputs(core.pos, 'reports:summary').at(-1)).toEqual({ from: TODAY, to: TODAY });
    expect(reports.sections.summary.data?.totals).toMatchObject({ count: 3, gross: 82_000 });
    expect(inputs(core.pos, 'reports:cashMovements')).toHaveLength(1);
  });

  it("keeps the user for a new range, and never shows one user's figures under another's choice", async () => {
    const reports = useReportsStore();
    await reports.open(TODAY);
    core.state.hold = { userId: 7, answer: deferred<Result<Summary>>() };
    const forRina = reports.setUser(7);
    // Everyone's figures are gone at once: they must not stand under "Rina".
    expect(reports.sections.summary.data).toBeNull();
    const forOwner = reports.setUser(8);
    await forOwner;
    core.state.hold.answer.resolve(ok(summaryOf(core.sales.filter((s) => s.userId === 7), TODAY, TODAY)));
    await forRina;
    expect(reports.sections.summary.data?.totals).toMatchObject({ count: 1, gross: 50_000 });
    await reports.applyPreset('yesterday');
    expect(inputs(core.pos, 'reports:summary').at(-1)).toEqual({ from: '2025-11-23', to: '2025-11-23', userId: 8 });
  });
});

describe('Riwayat by user', () => {
  it('lists one user\'s sales, the sales no user made, or everyone\'s', async () => {
    const history = useHistory();
    history.filters.user = 7;
    await history.search();
    history.filters.user = 'none';
    await history.search();
    history.filters.user = '';
    await history.search();
    expect(inputs(core.pos, 'sales:list')).toEqual([{ limit: 200, userId: 7 }, { limit: 200, userId: null }, { limit: 200 }]);
  });
});
