import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, verifyLedger } from '../../../electron/core/ledger';
import type { MoneyOutcome } from '../../../electron/core/providers/outcome';
import { recoverInterruptedSales } from '../../../electron/core/sales/recovery';
import { failurePostings } from '../../../electron/core/sales/sale-postings';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import type { RoutedProduct } from '../../../electron/core/sales/catalog-port';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * A reroute moves the customer's money from a refused attempt to the next one. If the next attempt
 * cannot be committed, that money must become a refund owed (never stay "held" with no sale open),
 * and a ledger already left in that state is mended by the start-up recovery.
 */
const PRICE = 12_000;
const routes: RoutedProduct[] = [
  {
    productId: 'pulsa:reroute',
    category: 'pulsa',
    name: 'Pulsa Telkomsel 10.000',
    price: PRICE,
    offers: [
      { provider: 'mmbc', providerCode: 'NOSUCHCODE', cost: 10_000 },
      { provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 },
    ],
  },
  { productId: 'pulsa:iak', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: PRICE, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
];

const balance = (t: SalesFixture, code: string) => t.f.ledger.rawBalance(code);
const laterAttempts = (t: SalesFixture, id: number) => t.f.db.prepare('SELECT COUNT(*) AS n FROM sale WHERE rerouted_from = ?').get(id) as { n: number };

async function expectBooksAgree(t: SalesFixture): Promise<void> {
  for (const provider of ['iak', 'mmbc'] as const) expect(balance(t, `deposit:${provider}`)).toBe(await t.simBalance(provider));
  expect(verifyLedger(t.f.db)).toEqual([]);
}

/** Runs `during` right after MMBC answered the first attempt, before the engine moves on. */
function afterMmbcAnswers(t: SalesFixture, during: () => Promise<void> | void): void {
  const mmbc = t.sales.engine.driver('mmbc');
  const realSend = mmbc.send.bind(mmbc);
  vi.spyOn(mmbc, 'send').mockImplementationOnce(async (sale, pay) => {
    const outcome = await realSend(sale, pay);
    await during();
    return outcome;
  });
}

describe('a reroute whose next attempt cannot be committed', () => {
  let t: SalesFixture;
  // IAK's deposit covers one top-up only: another sale spending it strands the reroute.
  beforeAll(async () => {
    t = await openSalesFixture(routes, { openingDeposit: 20_000 });
  });
  afterAll(() => t.close());

  it('owes the refund when another sale spent the next provider deposit meanwhile', async () => {
    const cash = balance(t, ACCOUNT.cashDrawer);
    const owed = balance(t, ACCOUNT.refundsOwed);
    let other: SaleRecord | undefined;
    afterMmbcAnswers(t, async () => {
      other = await t.sales.engine.start({ requestId: 'spent-other', productId: 'pulsa:iak', customerNo: '081211110002' });
    });
    const sale = await t.sales.engine.start({ requestId: 'spent-first', productId: 'pulsa:reroute', customerNo: '081211110001' });
    expect(sale).toMatchObject({ provider: 'mmbc', state: 'failed', refund: 'due' });
    expect(laterAttempts(t, sale.id)).toEqual({ n: 0 });
    expect(t.sales.book.repo.events(sale.id).at(-1)?.detail).toMatch(/tidak cukup/);
    expect((await waitSettled(t, other!.id)).state).toBe('success');
    expect(balance(t, ACCOUNT.customerFundsHeld)).toBe(0);
    expect(balance(t, ACCOUNT.refundsOwed) - owed).toBe(-PRICE);
    expect(balance(t, ACCOUNT.cashDrawer) - cash).toBe(2 * PRICE);
    t.sales.book.refundPaid(sale.id);
    expect(balance(t, ACCOUNT.refundsOwed)).toBe(owed);
    await expectBooksAgree(t);
  });
});

describe('a reroute interrupted, and a ledger already stranded', () => {
  let t: SalesFixture;
  beforeAll(async () => {
    t = await openSalesFixture(routes);
  });
  afterAll(() => t.close());

  it('owes the refund when committing the next attempt throws (disk error)', async () => {
    const owed = balance(t, ACCOUNT.refundsOwed);
    afterMmbcAnswers(t, () => {
      vi.spyOn(t.sales.book.repo, 'insert').mockImplementationOnce(() => {
        throw new Error('SQLITE_IOERR: disk I/O error');
      });
    });
    const sale = await t.sales.engine.start({ requestId: 'ioerr-first', productId: 'pulsa:reroute', customerNo: '081211110011' });
    vi.restoreAllMocks();
    expect(sale).toMatchObject({ provider: 'mmbc', state: 'failed', refund: 'due' });
    expect(laterAttempts(t, sale.id)).toEqual({ n: 0 });
    expect(balance(t, ACCOUNT.customerFundsHeld)).toBe(0);
    expect(balance(t, ACCOUNT.refundsOwed) - owed).toBe(-PRICE);
    await expectBooksAgree(t);
  });

  it('recovery mends a failed attempt left holding the customer money with no next attempt, and only that one', async () => {
    // A healthy reroute (failed attempt with a next one) must be left alone.
    const healthy = await t.sales.engine.start({ requestId: 'healthy', productId: 'pulsa:reroute', customerNo: '081211110021' });
    expect(healthy.reroutedFrom).not.toBeNull();
    expect((await waitSettled(t, healthy.id)).state).toBe('success');
    // What a crash between the two steps left in ledgers written before the fix.
    const stranded = strand(t, '081211110022');
    expect(balance(t, ACCOUNT.customerFundsHeld)).toBe(-PRICE);
    const owed = balance(t, ACCOUNT.refundsOwed);

    const result = recoverInterruptedSales(t.sales.book);
    expect(result.refundsOwed).toBe(1);
    expect(t.sales.book.get(stranded.id)).toMatchObject({ state: 'failed', refund: 'due' });
    expect(t.sales.book.get(healthy.reroutedFrom!)).toMatchObject({ state: 'failed', refund: 'none' });
    expect(t.sales.book.repo.events(stranded.id).at(-1)).toMatchObject({ source: 'recovery', detail: expect.stringMatching(/dikembalikan/) });
    expect(balance(t, ACCOUNT.customerFundsHeld)).toBe(0);
    expect(balance(t, ACCOUNT.refundsOwed) - owed).toBe(-PRICE);
    expect(verifyLedger(t.f.db)).toEqual([]);
    // Running again finds nothing more.
    expect(recoverInterruptedSales(t.sales.book).refundsOwed).toBe(0);
    expect(balance(t, ACCOUNT.refundsOwed) - owed).toBe(-PRICE);
  });
});

/** Writes, the way the old engine did, a refused attempt that kept the customer's money for a next attempt never committed. */
function strand(t: SalesFixture, customerNo: string): SaleRecord {
  const committed = t.sales.book.commit({
    requestId: `stranded-${customerNo}`, refId: `LKSTRANDED${customerNo}`, kind: 'pulsa', provider: 'mmbc', productId: 'pulsa:reroute',
    providerCode: 'NOSUCHCODE', productName: 'Pulsa Telkomsel 10.000', customerNo, customerName: null, inquiryId: null, price: PRICE,
    cost: 10_000, details: {}, itrx: 1, reroutedFrom: null,
  });
  const refusal: MoneyOutcome = { status: 'failed', code: 'unknown_product', message: 'Kode operator NOSUCHCODE tidak terdaftar' };
  t.f.ledger.transaction(() => {
    const now = t.f.ledger.now();
    t.sales.book.repo.update(committed.id, { state: 'failed', refund: 'none', settled_at: now, updated_at: now, message: refusal.message });
    t.sales.book.repo.addEvent(committed.id, 'committed', 'failed', 'provider', refusal.message, now);
    t.f.ledger.journal.post({
      idemKey: `sale:${committed.id}:settle`,
      kind: 'sale_failed',
      memo: 'stranded',
      at: now,
      businessDay: t.f.ledger.businessDay(now),
      postings: failurePostings(committed, { rerouting: true }),
    });
  });
  return t.sales.book.get(committed.id);
}
