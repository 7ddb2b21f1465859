import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, verifyLedger } from '../../../electron/core/ledger';
import { operatorDecision } from '../../../electron/core/sales/operator-actions';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import { openSales } from '../../../electron/core/sales/sales-queries';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * A success reported for a sale Loket already failed (money delivered AND owed or handed back) is
 * never dropped: the sale carries an alert with the provider's evidence until the owner records
 * what happened, with the postings that outcome needs. Operator decisions are only for sales
 * waiting for the operator.
 */
let t: SalesFixture;
const PRICE = 12_000;
const COST = 10_800;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'pulsa:iak', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: PRICE, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: COST }] },
    {
      productId: 'pulsa:reroute',
      category: 'pulsa',
      name: 'Pulsa Telkomsel 10.000',
      price: PRICE,
      offers: [
        { provider: 'mmbc', providerCode: 'NOSUCHCODE', cost: 10_000 },
        { provider: 'iak', providerCode: 'htelkomsel10000', cost: COST },
      ],
    },
  ]);
  t.f.ledger.post({
    idemKey: 'cash',
    kind: 'opening_cash',
    memo: 'kas',
    postings: [
      { account: ACCOUNT.cashDrawer, amount: 1_000_000 as never },
      { account: ACCOUNT.ownerEquity, amount: -1_000_000 as never },
    ],
  });
});
afterAll(() => t.close());

const balance = (code: string) => t.f.ledger.rawBalance(code);
const entries = () => (t.f.db.prepare('SELECT COUNT(*) AS n FROM journal_entry').get() as { n: number }).n;

async function expectBooksAgree(): Promise<void> {
  for (const provider of ['iak', 'mmbc'] as const) expect(balance(`deposit:${provider}`)).toBe(await t.simBalance(provider));
  expect(verifyLedger(t.f.db)).toEqual([]);
}

/** IAK fails the top-up (number ...9999), Loket owes the refund; then IAK's support pushes it through. */
async function failedThenDelivered(customerNo: string, options: { refundFirst: boolean }): Promise<SaleRecord> {
  const sale = await t.sales.engine.start({ requestId: `late-${customerNo}`, productId: 'pulsa:iak', customerNo });
  expect(await waitSettled(t, sale.id)).toMatchObject({ state: 'failed', refund: 'due' });
  if (options.refundFirst) t.sales.book.refundPaid(sale.id);
  const iak = t.sims.get('iak')!.baseUrl;
  const pushed = await fetch(`${iak}/__sim-state/iak/reprocess`, { method: 'POST', body: JSON.stringify({ ref_id: sale.refId }) });
  expect(pushed.status).toBe(200);
  // IAK's callback is only a hint: the core checks the sale, hears SUCCESS, and raises the alert.
  return vi.waitFor(
    () => {
      const now = t.sales.book.get(sale.id);
      if (now.alert !== 'late_success') throw new Error('no alert yet');
      return now;
    },
    { timeout: 10_000, interval: 50 },
  );
}

describe('a success after the sale was failed', () => {
  it('raises an alert with the evidence instead of dropping it; the owner records "customer keeps it and pays" once', async () => {
    const sale = await failedThenDelivered('081277119999', { refundFirst: false });
    expect(sale).toMatchObject({ state: 'failed', refund: 'due', alert: 'late_success', alertResolvedAt: null });
    expect(sale.alertEvidence).toMatch(/SN \d{18}/);
    expect(sale.alertAt).toBeGreaterThan(0);
    expect(t.sales.book.repo.events(sale.id).at(-1)?.detail).toMatch(/BERHASIL.*sudah dicatat gagal/);
    expect(openSales(t.f.db).sales.map((s) => s.id)).toContain(sale.id);
    // IAK charged again (its own price, reported in the answer): the ledger deposit is higher than
    // IAK's by that amount until the owner decides.
    expect(sale.reportedCost).toBeGreaterThan(0);
    expect(balance('deposit:iak') - (await t.simBalance('iak'))).toBe(sale.reportedCost);

    const cash = balance(ACCOUNT.cashDrawer);
    const revenue = balance(ACCOUNT.salesRevenue);
    const resolved = t.sales.book.resolveAlert(sale.id, { resolution: 'charged_paid_again', note: 'pelanggan ambil pulsanya, batal refund' });
    expect(resolved.alertResolvedAt).not.toBeNull();
    expect(resolved.alertResolution).toMatch(/pelanggan ambil pulsanya/);
    // The refund still owed is what the customer pays with: nothing leaves or enters the drawer.
    expect(resolved.refund).toBe('paid');
    expect(balance(ACCOUNT.cashDrawer)).toBe(cash);
    expect(balance(ACCOUNT.salesRevenue) - revenue).toBe(-PRICE);
    expect(openSales(t.f.db).sales.map((s) => s.id)).not.toContain(sale.id);
    await expectBooksAgree();
    expect(() => t.sales.book.resolveAlert(sale.id, { resolution: 'reversed', note: 'coba lagi' })).toThrow(/sudah diselesaikan/);
  });

  it('after the refund was handed back: "customer paid again" brings the cash in and the deposit back to the provider', async () => {
    const sale = await failedThenDelivered('081277129999', { refundFirst: true });
    expect(sale).toMatchObject({ refund: 'paid', alert: 'late_success' });
    const cash = balance(ACCOUNT.cashDrawer);
    t.sales.book.resolveAlert(sale.id, { resolution: 'charged_paid_again', note: 'pelanggan bayar lagi' });
    expect(balance(ACCOUNT.cashDrawer) - cash).toBe(PRICE);
    await expectBooksAgree();
  });

  it('a late success for a rerouted (refused) attempt is an alert too; "provider reversed it" moves no money', async () => {
    const sale = await t.sales.engine.start({ requestId: 'late-reroute', productId: 'pulsa:reroute', customerNo: '081277770031' });
    expect((await waitSettled(t, sale.id)).state).toBe('success');
    const refused = sale.reroutedFrom!;
    const alerted = t.sales.book.apply(refused, { status: 'success', message: 'Transaksi sukses', serial: 'SN-MMBC-1', providerRef: 'INV-9' }, 'callback');
    expect(alerted).toMatchObject({ state: 'failed', refund: 'none', alert: 'late_success' });
    expect(alerted.alertEvidence).toContain('INV-9');
    // A second signal for the same sale does not raise it again.
    t.sales.book.apply(refused, { status: 'success', message: 'Transaksi sukses lagi' }, 'callback');
    expect(t.sales.book.get(refused).alertAt).toBe(alerted.alertAt);
    const before = entries();
    const resolved = t.sales.book.resolveAlert(refused, { resolution: 'reversed', note: 'MMBC konfirmasi dibatalkan' });
    expect(resolved.alertResolution).toMatch(/MMBC konfirmasi dibatalkan/);
    expect(entries()).toBe(before);
    await expectBooksAgree();
  });

  it('refuses to resolve a sale that has no alert', () => {
    const plain = t.f.db.prepare("SELECT id FROM sale WHERE alert IS NULL AND state = 'success' LIMIT 1").get() as { id: number };
    expect(() => t.sales.book.resolveAlert(plain.id, { resolution: 'reversed', note: 'tidak ada' })).toThrow(/tidak punya peringatan/);
  });
});

describe('operator decisions', () => {
  it('are refused in the core for a sale that is not waiting for the operator', async () => {
    const sale = await t.sales.engine.start({ requestId: 'not-operator', productId: 'pulsa:iak', customerNo: '081277776666' });
    expect(sale).toMatchObject({ state: 'pending', needsOperator: false });
    expect(() => operatorDecision(t.sales.book, sale, { decision: 'failed', note: 'saya kira gagal' })).toThrow(/tidak menunggu keputusan operator/);
    expect(t.sales.book.get(sale.id)).toMatchObject({ state: 'pending', refund: 'none' });
  });
});
