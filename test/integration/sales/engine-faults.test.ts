import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../../electron/core/ledger';
import { operatorDecision, operatorEvidence } from '../../../electron/core/sales/operator-actions';
import { recoverInterruptedSales } from '../../../electron/core/sales/recovery';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/** Lost answers, refusals, bills and crashes: every path ends settled, charged at most once. */
let t: SalesFixture;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'pulsa:iak', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
    { productId: 'pulsa:mmbc', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'mmbc', providerCode: 'TSEL10', cost: 10_750 }] },
    {
      productId: 'pulsa:reroute',
      category: 'pulsa',
      name: 'Pulsa Telkomsel 10.000',
      price: 12_000,
      offers: [
        { provider: 'mmbc', providerCode: 'NOSUCHCODE', cost: 10_000 },
        { provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 },
      ],
    },
    { productId: 'bill:hp_three', category: 'bill', name: 'Tri Pascabayar', price: 2_500, offers: [{ provider: 'iak', providerCode: 'HPTHREE', cost: 0 }] },
  ]);
});
afterAll(() => t.close());

let seq = 0;
const rid = () => `fault-${Date.now()}-${(seq += 1)}`;
const settled = (id: number) => waitSettled(t, id);
const arm = (provider: 'iak' | 'mmbc', spec: Record<string, unknown>) =>
  fetch(`${t.sims.get(provider)!.baseUrl.replace(/\/klikoo-b2b$/, '')}/__sim/faults`, { method: 'POST', body: JSON.stringify(spec) });
const simTransactions = async (provider: 'iak' | 'mmbc') =>
  ((await (await fetch(`${t.sims.get(provider)!.baseUrl}/__sim-state/${provider}/transactions`)).json()) as { transactions: unknown[] }).transactions;

async function expectAgreement(): Promise<void> {
  for (const provider of ['iak', 'mmbc'] as const) expect(t.f.ledger.rawBalance(`deposit:${provider}`)).toBe(await t.simBalance(provider));
  expect(verifyLedger(t.f.db)).toEqual([]);
}

describe('faults and recovery', () => {
  it.each(['no_answer', 'reset', 'http_500', 'html', 'malformed_json'])(
    'IAK top-up processed but answered with %s: unknown, then reconciled by status, never re-sent',
    async (mode) => {
      const before = (await simTransactions('iak')).length;
      await arm('iak', { endpoint: 'top-up', mode, when: 'after', times: 1 });
      const sale = await t.sales.engine.start({ requestId: rid(), productId: 'pulsa:iak', customerNo: `08123450${String(seq).padStart(4, '0')}` });
      // With no answer the simulator's callback may settle the sale before our own request times out.
      expect(['unknown', 'success']).toContain(sale.state);
      expect((await settled(sale.id)).state).toBe('success');
      expect((await simTransactions('iak')).length).toBe(before + 1);
      await expectAgreement();
    },
  );

  it('a top-up lost before IAK processed it is failed only after two "not found" answers past the grace window', async () => {
    const before = (await simTransactions('iak')).length;
    await arm('iak', { endpoint: 'top-up', mode: 'reset', when: 'before', times: 1 });
    const sale = await t.sales.engine.start({ requestId: rid(), productId: 'pulsa:iak', customerNo: '081298760010' });
    expect(sale.state).toBe('unknown');
    const done = await settled(sale.id);
    expect(done).toMatchObject({ state: 'failed', refund: 'due' });
    expect(done.message).toMatch(/tidak pernah menerima/);
    const notFoundChecks = t.sales.book.repo.events(sale.id).filter((e) => e.detail.includes('[not_found]'));
    expect(notFoundChecks.length).toBeGreaterThanOrEqual(1);
    expect((await simTransactions('iak')).length).toBe(before);
    await expectAgreement();
  });

  it('MMBC top-up whose answer is lost waits for the operator, who decides from the deposit change', async () => {
    await arm('mmbc', { endpoint: 'isipulsa', mode: 'no_answer', when: 'after', times: 1 });
    const sale = await t.sales.engine.start({ requestId: rid(), productId: 'pulsa:mmbc', customerNo: '081298760001' });
    expect(sale).toMatchObject({ state: 'unknown', needsOperator: true, providerRef: null });
    const evidence = await operatorEvidence(t.f.ledger, () => t.simBalance('mmbc').then((value) => ({ ok: true as const, value })), sale);
    expect(evidence.difference).toBe(0);
    expect(evidence.message).toMatch(/SUDAH memotong/);
    const decided = operatorDecision(t.sales.book, sale, { decision: 'success', note: 'saldo MMBC terpotong' });
    expect(decided.state).toBe('success');
    expect(() => operatorDecision(t.sales.book, decided, { decision: 'failed', note: 'berubah pikiran' })).toThrow(/sudah berhasil/);
    await expectAgreement();
  });

  it('moves to the next provider only after a refusal before charging, taking the cash once', async () => {
    const cash = t.f.ledger.rawBalance('cash_drawer');
    const sale = await t.sales.engine.start({ requestId: rid(), productId: 'pulsa:reroute', customerNo: '081298760002' });
    expect(sale.provider).toBe('iak');
    expect(sale.reroutedFrom).not.toBeNull();
    expect(t.sales.book.get(sale.reroutedFrom!)).toMatchObject({ provider: 'mmbc', state: 'failed', refund: 'none' });
    expect((await settled(sale.id)).state).toBe('success');
    expect(t.f.ledger.rawBalance('cash_drawer') - cash).toBe(12_000);
    expect(t.f.ledger.rawBalance('customer_funds_held')).toBe(0);
    await expectAgreement();
  });

  it('pays an IAK postpaid bill exactly as inquired (test number 08991230000)', async () => {
    const bill = await t.sales.bills.inquire({ productId: 'bill:hp_three', customerNo: '08991230000' });
    expect(bill.customerName).toBeTruthy();
    expect(bill.total).toBeGreaterThan(0);
    expect(bill.price).toBe(bill.total + 2_500);
    const sale = await t.sales.engine.payBill({ requestId: rid(), inquiryId: bill.id });
    expect((await settled(sale.id)).state).toBe('success');
    expect(sale.price).toBe(bill.price);
    await expect(t.sales.engine.payBill({ requestId: rid(), inquiryId: bill.id })).rejects.toMatchObject({ code: 'conflict' });
    await expectAgreement();
  });

  it('after a crash, a sale left sent is reconciled and a sale never sent is failed with its cash owed back', async () => {
    const committed = t.sales.book.commit({
      requestId: rid(), refId: 'LKCRASHNEVERSENT01', kind: 'pulsa', provider: 'iak', productId: 'pulsa:iak', providerCode: 'htelkomsel10000',
      productName: 'Pulsa', customerNo: '081298760003', customerName: null, inquiryId: null, price: 12_000, cost: 10_800, details: {}, itrx: null, reroutedFrom: null,
    });
    const result = recoverInterruptedSales(t.sales.book);
    expect(result.failed).toBeGreaterThanOrEqual(1);
    expect(t.sales.book.get(committed.id)).toMatchObject({ state: 'failed', refund: 'due' });
    await expectAgreement();
  });
});
