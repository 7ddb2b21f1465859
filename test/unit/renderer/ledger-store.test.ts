import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { useLedgerStore, type AccountBalance } from '../../../renderer/src/stores/ledger';
import type { JournalEntry } from '../../../renderer/src/stores/journal';
import { createFakePos, ok, type FakePos } from './fake-pos';

const account = (code: string, balance: number, provider: AccountBalance['provider'] = null): AccountBalance => ({
  code,
  name: code,
  kind: 'asset',
  provider,
  balance,
});

/** A tiny core: balances and journal change only when a record call succeeds. */
function fakeCore(): FakePos & { accounts: AccountBalance[]; entries: JournalEntry[] } {
  const accounts = [account('cash_drawer', 0), account('deposit_mmbc', 0, 'mmbc'), account('deposit_held', 0)];
  const entries: JournalEntry[] = [];
  const fake = createFakePos({
    'ledger:balances': () => ok({ accounts: accounts.map((a) => ({ ...a })) }),
    'ledger:journalForDay': () => ok({ day: '2025-11-24', entries: [...entries] }),
    'money:previewAmount': ({ text }) =>
      text === '500.000' ? ok({ amount: 500_000 }) : { ok: false, error: { code: 'invalid_input', message: `Nominal "${String(text)}" tidak valid.` } },
    'ledger:recordOpeningCash': (input) => {
      if (input.amount !== '500.000') return { ok: false, error: { code: 'invalid_input', message: 'Nominal tidak valid.' } };
      accounts[0]!.balance += 500_000;
      entries.push({ id: 1, at: 0, businessDay: '2025-11-24', kind: 'opening_cash', memo: 'Kas awal', amount: 500_000, postings: [], user: null });
      return ok({ entryId: 1, duplicate: false });
    },
    // The core decides: this fake parks what goes to IAK (in Sandbox) and not what goes to MMBC.
    'ledger:recordDepositTopUp': (input) => {
      const parked = input.provider === 'iak';
      return ok({ entryId: 2, duplicate: false, parkedForLive: parked, parkedAmount: parked ? 200_000 : 0 });
    },
  });
  return Object.assign(fake, { accounts, entries });
}

let core: ReturnType<typeof fakeCore>;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.client);
});

describe('ledger store', () => {
  it('loads balances and today\'s journal, and picks out drawer, provider deposits and held deposit', async () => {
    core.accounts[0]!.balance = 250_000;
    const ledger = useLedgerStore();
    await ledger.start();
    expect(ledger.loaded).toBe(true);
    expect(ledger.cashDrawer?.balance).toBe(250_000);
    expect(ledger.providerDeposits.map((a) => a.provider)).toEqual(['mmbc']);
    expect(ledger.held?.code).toBe('deposit_held');
    // Balances only: the journal is the owner's Buku besar page, not paid for on every ledger change.
    expect(core.calls.map((c) => c.channel)).toEqual(['ledger:balances']);
  });

  it('records through the client and shows the core figures afterwards', async () => {
    const ledger = useLedgerStore();
    await ledger.start();
    const result = await ledger.recordOpeningCash({ requestId: 'req-000001', amount: '500.000' });
    expect(result).toEqual({ ok: true, value: { entryId: 1, duplicate: false } });
    expect(ledger.cashDrawer?.balance).toBe(500_000);
    expect(core.calls.find((c) => c.channel === 'ledger:recordOpeningCash')?.input).toEqual({
      requestId: 'req-000001',
      amount: '500.000',
    });
  });

  it('hands the form the core\'s word on a top-up kept for Live (Sandbox), so the screen can say so', async () => {
    const ledger = useLedgerStore();
    await ledger.start();
    const parked = await ledger.recordDepositTopUp({ requestId: 'req-000003', provider: 'iak', amount: '200.000', source: 'cash' });
    expect(parked).toEqual({ ok: true, value: { entryId: 2, duplicate: false, parkedForLive: true, parkedAmount: 200_000 } });
    const intoDeposit = await ledger.recordDepositTopUp({ requestId: 'req-000004', provider: 'mmbc', amount: '200.000', source: 'cash' });
    expect(intoDeposit.ok && intoDeposit.value.parkedForLive).toBe(false);
  });

  it('returns a refusal as a Result and leaves the figures as the core has them', async () => {
    const ledger = useLedgerStore();
    await ledger.start();
    const result = await ledger.recordOpeningCash({ requestId: 'req-000002', amount: 'abc' });
    expect(result.ok).toBe(false);
    expect(ledger.cashDrawer?.balance).toBe(0);
  });

  it('refreshes when the core announces ledger:changed, and stops listening on stop()', async () => {
    const ledger = useLedgerStore();
    await ledger.start();
    core.accounts[0]!.balance = 75_000;
    core.emit('ledger:changed', { entryId: 9 });
    await ledger.refresh();
    expect(ledger.cashDrawer?.balance).toBe(75_000);
    ledger.stop();
    expect(core.listenerCount()).toBe(0);
  });

  it('follows sales:updated too: a sale made elsewhere or settled later moves the drawer without ledger:changed', async () => {
    const ledger = useLedgerStore();
    await ledger.start();
    core.accounts[0]!.balance = 12_300;
    core.emit('sales:updated', { saleId: 3, state: 'success' });
    await expect.poll(() => ledger.cashDrawer?.balance).toBe(12_300);
    ledger.stop();
    expect(core.listenerCount()).toBe(0);
  });

  it('coalesces a burst of refreshes into one more round trip', async () => {
    const ledger = useLedgerStore();
    const first = ledger.refresh();
    void ledger.refresh();
    void ledger.refresh();
    await first;
    expect(core.calls.filter((c) => c.channel === 'ledger:balances')).toHaveLength(2);
  });

  it('keeps the last good balances and reports the error when the core cannot be reached', async () => {
    const ledger = useLedgerStore();
    await ledger.start();
    core.accounts[0]!.balance = 1;
    setPosClient(createFakePos({}).client);
    await ledger.refresh();
    expect(ledger.cashDrawer?.balance).toBe(0);
    expect(ledger.loadError?.code).toBe('unknown_channel');
  });

  it('asks the core how it reads a typed amount, and records nothing by asking', async () => {
    const ledger = useLedgerStore();
    await ledger.start();
    expect(await ledger.previewAmount('500.000')).toEqual({ ok: true, value: { amount: 500_000 } });
    expect(await ledger.previewAmount('1,5')).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Nominal "1,5" tidak valid.' },
    });
    expect(core.calls.find((c) => c.channel === 'money:previewAmount')?.input).toEqual({ text: '500.000' });
    expect(ledger.cashDrawer?.balance).toBe(0);
  });

  it('tells the whole screen when the amount check cannot reach the core', async () => {
    const ledger = useLedgerStore();
    await ledger.start();
    const down = () => {
      throw new Error('ECONNREFUSED');
    };
    setPosClient(createFakePos({ 'money:previewAmount': down, 'ledger:balances': down, 'ledger:journalForDay': down }).client);
    const result = await ledger.previewAmount('500.000');
    expect(result.ok ? null : result.error.code).toBe('offline');
    expect(ledger.loadError?.code).toBe('offline');
  });
});
