import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../../electron/core/ledger';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * The sale engine end to end against the simulators: success, failure and refund, exactly-once
 * under double submits, guards, write-ahead, reconciliation of lost answers, the operator path for
 * MMBC, rerouting only after a refusal, and the ledger agreeing with every provider's deposit.
 */
let t: SalesFixture;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'pulsa:telkomsel:10000', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
    { productId: 'mmbc:TSEL10', category: 'pulsa', name: 'Pulsa Telkomsel 10.000 (MMBC)', price: 12_000, offers: [{ provider: 'mmbc', providerCode: 'TSEL10', cost: 10_750 }] },
    {
      productId: 'reroute:tsel10',
      category: 'pulsa',
      name: 'Pulsa Telkomsel 10.000 (reroute)',
      price: 12_000,
      offers: [
        { provider: 'mmbc', providerCode: 'NOSUCHCODE', cost: 10_000 },
        { provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 },
      ],
    },
    { productId: 'bill:hp_three', category: 'bill', name: 'Tri Pascabayar', price: 2_500, offers: [{ provider: 'iak', providerCode: 'HPTHREE', cost: 0 }] },
  ]);
  t.f.ledger.post({
    idemKey: 'cash',
    kind: 'opening_cash',
    memo: 'kas',
    postings: [
      { account: 'cash_drawer', amount: 1_000_000 as never },
      { account: 'owner_equity', amount: -1_000_000 as never },
    ],
  });
});
afterAll(() => t.close());

let seq = 0;
const rid = () => `req-${Date.now()}-${(seq += 1)}`;
const settled = (id: number) => waitSettled(t, id);
const balance = (code: string) => t.f.ledger.rawBalance(code);

async function expectDepositsAgree(): Promise<void> {
  for (const provider of ['iak', 'mmbc'] as const) {
    expect(balance(`deposit:${provider}`)).toBe(await t.simBalance(provider));
  }
  expect(verifyLedger(t.f.db)).toEqual([]);
}

describe('selling through the engine', () => {
  it('sells pulsa: committed before sending, pending at IAK, settled success by status check', async () => {
    const cashBefore = balance('cash_drawer');
    const sale = await t.sales.engine.start({ requestId: rid(), productId: 'pulsa:telkomsel:10000', customerNo: '081234560001' });
    expect(['pending', 'success']).toContain(sale.state);
    const done = await settled(sale.id);
    expect(done.state).toBe('success');
    expect(done.serial).toBeTruthy();
    expect(balance('cash_drawer') - cashBefore).toBe(12_000);
    expect(t.sales.book.repo.events(sale.id).map((e) => e.to)).toEqual(expect.arrayContaining(['committed', 'sent', 'success']));
    await expectDepositsAgree();
  });

  it('records one sale for a double submit of the same request', async () => {
    const requestId = rid();
    const input = { requestId, productId: 'pulsa:telkomsel:10000', customerNo: '081234560002' };
    const [a, b] = await Promise.all([t.sales.engine.start(input), t.sales.engine.start(input)]);
    expect(a.id).toBe(b.id);
    const again = await t.sales.engine.start(input);
    expect(again.id).toBe(a.id);
    await settled(a.id);
    expect(t.f.db.prepare('SELECT COUNT(*) AS n FROM sale WHERE customer_no = ?').get('081234560002')).toEqual({ n: 1 });
  });

  it('asks before selling the same product to the same number again within 10 minutes', async () => {
    await expect(t.sales.engine.start({ requestId: rid(), productId: 'pulsa:telkomsel:10000', customerNo: '081234560001' })).rejects.toMatchObject({
      code: 'needs_confirmation',
    });
    const second = await t.sales.engine.start({ requestId: rid(), productId: 'pulsa:telkomsel:10000', customerNo: '081234560001', confirmDuplicate: true });
    const first = t.f.db.prepare('SELECT MIN(id) AS id FROM sale WHERE customer_no = ?').get('081234560001') as { id: number };
    expect(second.id).not.toBe(first.id);
    // IAK itself refuses a second identical top-up on the same day (rc 202): a refusal before charging.
    const done = await settled(second.id);
    expect(done.state).toBe('failed');
    expect(done.message).toMatch(/./);
    t.sales.book.refundPaid(second.id);
  });

  it('fails a refused top-up, releases the hold and owes the cash back until refunded', async () => {
    const cashBefore = balance('cash_drawer');
    const owedBefore = balance('refunds_owed');
    const sale = await t.sales.engine.start({ requestId: rid(), productId: 'pulsa:telkomsel:10000', customerNo: '081234569999' });
    const done = await settled(sale.id);
    expect(done.state).toBe('failed');
    expect(done.refund).toBe('due');
    expect(balance('refunds_owed') - owedBefore).toBe(-12_000);
    expect(balance('cash_drawer')).toBe(cashBefore + 12_000);
    const refunded = t.sales.book.refundPaid(sale.id);
    expect(refunded.refund).toBe('paid');
    expect(balance('cash_drawer')).toBe(cashBefore);
    expect(() => t.sales.book.refundPaid(sale.id)).toThrow(/sudah dikembalikan/);
    await expectDepositsAgree();
  });

  it('refuses a sale the deposit cannot cover and records nothing', async () => {
    const count = t.f.db.prepare('SELECT COUNT(*) AS n FROM sale').get();
    const drawer = balance('cash_drawer');
    t.f.ledger.post({
      idemKey: 'drain-iak',
      kind: 'test',
      memo: 'drain',
      postings: [
        { account: 'owner_equity', amount: balance('deposit:iak') as never },
        { account: 'deposit:iak', amount: -balance('deposit:iak') as never },
      ],
    });
    await expect(t.sales.engine.start({ requestId: rid(), productId: 'pulsa:telkomsel:10000', customerNo: '081234560077' })).rejects.toMatchObject({
      code: 'insufficient_funds',
    });
    expect(t.f.db.prepare('SELECT COUNT(*) AS n FROM sale').get()).toEqual(count);
    expect(balance('cash_drawer')).toBe(drawer);
  });
});
