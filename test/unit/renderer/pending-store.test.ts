import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { usePendingStore } from '../../../renderer/src/stores/pending';
import type { SaleView } from '../../../renderer/src/format/sale';
import type { DamagedSale } from '../../../renderer/src/stores/pending';
import { createFakePos, ok, type FakePos } from './fake-pos';
import { saleView } from './sale-fixtures';

/** The open sales as the core lists them: one in flight, one for the operator, one refund due. */
function fakeCore() {
  let open: SaleView[] = [
    saleView({ id: 1, state: 'pending', serial: null }),
    saleView({ id: 2, state: 'unknown', needsOperator: true, provider: 'mmbc', serial: null }),
    saleView({ id: 3, state: 'failed', refund: 'due', serial: null }),
    saleView({ id: 4, state: 'failed', refund: 'due', serial: null, alert: 'late_success', alertEvidence: 'SUCCESS · SN 123', alertAt: 1 }),
  ];
  let damaged: DamagedSale[] = [];
  const settle = (id: number, patch: Partial<SaleView>) => {
    const sale = { ...open.find((s) => s.id === id)!, ...patch };
    open = open.filter((s) => s.id !== id);
    return ok(sale);
  };
  const fake = createFakePos({
    'sales:open': () => ok({ sales: open, damaged }),
    'sales:checkNow': ({ id }) => settle(id, { state: 'success' }),
    'sales:refund': ({ id }) => settle(id, { refund: 'paid' }),
    'sales:operatorEvidence': () =>
      ok({ ledgerBalance: 5_000_000, reportedBalance: 4_989_750, difference: -10_250, cost: 10_250, message: 'Saldo turun sebesar modal' }),
    'sales:operatorDecision': ({ id, decision }) => settle(id, { state: decision, needsOperator: false }),
    'sales:resolveAlert': ({ id, note }) => settle(id, { alertResolvedAt: 2, alertResolution: note, refund: 'paid' }),
    'ledger:balances': () => ok({ accounts: [] }),
    'ledger:journalForDay': () => ok({ day: '2025-11-24', entries: [] }),
  });
  return Object.assign(fake, {
    drop: (id: number) => (open = open.filter((s) => s.id !== id)),
    damage: (rows: DamagedSale[]) => (damaged = rows),
  });
}

let core: ReturnType<typeof fakeCore> & FakePos;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.client);
});

describe('pending store', () => {
  it('sorts the open sales into late-success alerts, operator decisions, refunds due and in flight', async () => {
    const store = usePendingStore();
    await store.start();
    expect(store.count).toBe(4);
    // A late success with its refund still due is the owner's alert first, not a plain refund.
    expect(store.alerts.map((s) => s.id)).toEqual([4]);
    expect(store.needsOperator.map((s) => s.id)).toEqual([2]);
    expect(store.refundsDue.map((s) => s.id)).toEqual([3]);
    expect(store.inFlight.map((s) => s.id)).toEqual([1]);
  });

  it('records the owner\'s decision on a late success with a trimmed note', async () => {
    const store = usePendingStore();
    await store.start();
    await store.resolveAlert(4, { resolution: 'charged_paid_again', note: '  pelanggan bayar lagi ' });
    expect(core.calls.find((c) => c.channel === 'sales:resolveAlert')?.input).toEqual({ id: 4, resolution: 'charged_paid_again', note: 'pelanggan bayar lagi' });
    expect(store.alerts).toHaveLength(0);
  });

  it('reads the list again on sales:updated and counts the events for other screens', async () => {
    const store = usePendingStore();
    await store.start();
    core.drop(1);
    core.emit('sales:updated', { saleId: 1, state: 'success' });
    await expect.poll(() => store.count).toBe(3);
    expect(store.version).toBe(1);
    store.stop();
    expect(core.listenerCount()).toBe(0);
  });

  it('checks, refunds and decides through the core, one call per sale at a time', async () => {
    const store = usePendingStore();
    await store.start();
    await Promise.all([store.checkNow(1), store.checkNow(1)]);
    expect(core.calls.filter((c) => c.channel === 'sales:checkNow')).toHaveLength(1);
    await store.refund(3);
    expect(store.refundsDue).toHaveLength(0);
    // The balances move with each action: the ledger is read again, not adjusted here.
    expect(core.calls.filter((c) => c.channel === 'ledger:balances').length).toBeGreaterThanOrEqual(2);
  });

  it('shows the deposit evidence and sends the decision with a trimmed note and no empty serial', async () => {
    const store = usePendingStore();
    await store.start();
    await store.loadEvidence(2);
    expect(store.evidence[2]).toMatchObject({ difference: -10_250, message: 'Saldo turun sebesar modal' });
    await store.decide(2, { decision: 'failed', note: '  saldo tidak berubah  ', serial: '  ' });
    expect(core.calls.find((c) => c.channel === 'sales:operatorDecision')?.input).toEqual({
      id: 2,
      decision: 'failed',
      note: 'saldo tidak berubah',
    });
    expect(store.needsOperator).toHaveLength(0);
  });

  it('shows an open sale the core cannot read in full as damaged, and counts it', async () => {
    core.damage([
      {
        id: 9, refId: 'LKBROKEN', productName: 'Pulsa', customerNo: '081200000009', price: 12_000, state: 'failed', refund: 'due',
        damaged: true, message: 'Data transaksi rusak, tidak bisa ditampilkan lengkap: periksa jurnalnya di ledger (ref LKBROKEN).',
      },
    ]);
    const store = usePendingStore();
    await store.start();
    expect(store.damaged.map((s) => s.refId)).toEqual(['LKBROKEN']);
    expect(store.count).toBe(5);
    // Not sorted into the actionable groups: nothing can be done on it from the panel.
    expect(store.refundsDue.map((s) => s.id)).toEqual([3]);
  });

  it('keeps the last list and says why when the core cannot be reached', async () => {
    const store = usePendingStore();
    await store.start();
    setPosClient(createFakePos({}).client);
    await store.refresh();
    expect(store.count).toBe(4);
    expect(store.loadError?.code).toBe('unknown_channel');
  });
});
