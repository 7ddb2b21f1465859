import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import { setPosClient } from '../../../renderer/src/api/pos';
import type { ChannelInput } from '../../../renderer/src/api/contract-types';
import { useJournalStore, type JournalEntry } from '../../../renderer/src/stores/journal';
import { createFakePos, ok } from './fake-pos';

type Query = ChannelInput<'ledger:journalForDay'>;

const entry = (id: number, day: string, accounts: string[]): JournalEntry => ({
  id,
  at: 1_764_000_000_000 + id,
  businessDay: day,
  kind: 'sale_success',
  memo: `entri ${id}`,
  amount: 12_300,
  postings: accounts.map((account, i) => ({ account, accountName: account, amount: i === 0 ? 12_300 : -12_300 })),
  user: null,
});

/** Entries over two days; the core filters by day and account. Answers can be held to test races. */
function fakeCore() {
  const all = [entry(1, '2025-11-24', ['cash_drawer', 'sales']), entry(2, '2025-11-24', ['deposit_iak', 'cash_drawer']), entry(3, '2025-11-23', ['deposit_mmbc', 'equity'])];
  const held: (() => void)[] = [];
  const state = { hold: false };
  const answer = (input: Query) => {
    const day = input.day ?? '2025-11-24';
    const entries = all.filter((e) => e.businessDay === day && (!input.account || e.postings.some((p) => p.account === input.account)));
    return ok({ day, entries });
  };
  const pos = createFakePos({
    'ledger:journalForDay': (input) => (state.hold ? new Promise((resolve) => held.push(() => resolve(answer(input)))) : answer(input)),
  });
  return { pos, state, held, all };
}

let core: ReturnType<typeof fakeCore>;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.pos.client);
});

const inputs = () => core.pos.calls.filter((c) => c.channel === 'ledger:journalForDay').map((c) => c.input);

describe('journal store (Buku besar)', () => {
  it('asks for today by default, then for the chosen day and account', async () => {
    const journal = useJournalStore();
    await journal.start();
    expect(inputs()).toEqual([{}]);
    expect(journal.shownDay).toBe('2025-11-24');
    expect(journal.entries.map((e) => e.id)).toEqual([1, 2]);

    journal.account = 'deposit_iak';
    await nextTick();
    await journal.refresh();
    expect(journal.entries.map((e) => e.id)).toEqual([2]);

    journal.day = '2025-11-23';
    journal.account = '';
    await nextTick();
    await journal.refresh();
    expect(inputs().at(-1)).toEqual({ day: '2025-11-23' });
    expect(journal.entries.map((e) => e.id)).toEqual([3]);
  });

  it('shows the entries of the filter on screen even when the filter changes during a load', async () => {
    const journal = useJournalStore();
    core.state.hold = true;
    const first = journal.start();
    journal.account = 'deposit_iak';
    await nextTick();
    // A slow core answers the newest question first: the older answer must never land last.
    const settle = () => new Promise((r) => setTimeout(r, 0));
    await settle();
    while (core.held.length > 0) {
      core.held.pop()?.();
      await settle();
    }
    await first;
    expect(inputs()).toEqual([{}, { account: 'deposit_iak' }]);
    expect(journal.entries.map((e) => e.id)).toEqual([2]);
  });

  it('follows ledger:changed and sales:updated while the page is open, and not after stop()', async () => {
    const journal = useJournalStore();
    await journal.start();
    core.all.push(entry(4, '2025-11-24', ['cash_drawer', 'sales']));
    core.pos.emit('ledger:changed', { entryId: 4 });
    await journal.refresh();
    expect(journal.entries.map((e) => e.id)).toEqual([1, 2, 4]);
    // A sale's entries come with sales:updated only.
    core.all.push(entry(5, '2025-11-24', ['cash_drawer', 'customer_funds_held']));
    core.pos.emit('sales:updated', { saleId: 5, state: 'committed' });
    await expect.poll(() => journal.entries.map((e) => e.id)).toEqual([1, 2, 4, 5]);
    journal.stop();
    expect(core.pos.listenerCount()).toBe(0);
  });
});
