import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import { EventBus } from '../../../electron/core/app/event-bus';
import type { MoneyOutcome } from '../../../electron/core/providers/outcome';
import { DEFAULT_CHECK_DELAYS_MS } from '../../../electron/core/sales/backoff';
import type { SaleDriver } from '../../../electron/core/sales/drivers/driver';
import { Reconciler } from '../../../electron/core/sales/reconciler';
import { SaleBook } from '../../../electron/core/sales/sale-book';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import { fundDeposit, sentAttempt } from '../../support/book-fixture';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * docs/sales.md: "not found" fails a sale only after TWO not-found answers, BOTH received after the
 * grace window (5 min since sent), at least one backoff step apart (the first backoff delay). A
 * not-found inside the window counts for nothing. Concurrent checks of one sale (timer, callback,
 * "cek sekarang") join the one in flight, so they can never supply both answers at once.
 */
const GRACE_MS = 5 * 60_000;
const STEP_MS = DEFAULT_CHECK_DELAYS_MS[0]!;

let f: LedgerFixture;
let now = Date.UTC(2026, 10, 24, 3, 0, 0);
beforeEach(async () => {
  f = await openTestLedger(() => now);
  fundDeposit(f.ledger, 'iak', 100_000);
});
afterEach(() => f.close());

const NOT_FOUND: MoneyOutcome = { status: 'unknown', reason: 'not_found', message: 'TRANSACTION NOT FOUND' };

function sentSale(book: SaleBook): SaleRecord {
  const sent = sentAttempt(book);
  return book.apply(sent.id, { status: 'unknown', reason: 'timeout', message: 'tidak menjawab' }, 'provider');
}

function setup(answers: () => Promise<MoneyOutcome> | MoneyOutcome) {
  const book = new SaleBook(f.ledger, new EventBus());
  let calls = 0;
  const driver: SaleDriver = {
    send: () => Promise.resolve(NOT_FOUND),
    check: async () => {
      calls += 1;
      return answers();
    },
  };
  const reconciler = new Reconciler(book, new Map<ProviderId, SaleDriver>([['iak', driver]]), { tickMs: 1000, now: () => now, notFoundGraceMs: GRACE_MS });
  const sale = sentSale(book);
  const check = () => reconciler.checkOne(book.get(sale.id));
  return { book, sale, reconciler, check, calls: () => calls };
}

describe('the not-found rule', () => {
  it('one not-found inside the grace window and one after it does not fail the sale', async () => {
    const { sale, check } = setup(() => NOT_FOUND);
    now = sale.sentAt! + 60_000;
    await check();
    now = sale.sentAt! + GRACE_MS + STEP_MS;
    expect((await check()).state).toBe('unknown');
  });

  it('two not-founds after the window but closer than one backoff step do not fail the sale', async () => {
    const { sale, check } = setup(() => NOT_FOUND);
    now = sale.sentAt! + GRACE_MS;
    await check();
    now += STEP_MS - 1;
    expect((await check()).state).toBe('unknown');
  });

  it('two not-founds after the window, one backoff step apart, fail the sale (nothing was charged)', async () => {
    const { sale, check } = setup(() => NOT_FOUND);
    now = sale.sentAt! + GRACE_MS;
    await check();
    now += STEP_MS;
    const after = await check();
    expect(after.state).toBe('failed');
    expect(after.refund).toBe('due');
  });

  it('a different answer in between starts the count again', async () => {
    let answer: MoneyOutcome = NOT_FOUND;
    const { sale, check } = setup(() => answer);
    now = sale.sentAt! + GRACE_MS;
    await check();
    answer = { status: 'unknown', reason: 'timeout', message: 'tidak menjawab' };
    now += STEP_MS;
    await check();
    answer = NOT_FOUND;
    now += STEP_MS;
    expect((await check()).state).toBe('unknown');
    now += STEP_MS;
    expect((await check()).state).toBe('failed');
  });
});

describe('concurrent checks of one sale', () => {
  it('timer, callback and cek sekarang together make two provider calls, one after the other (the callback gets a check after the running one)', async () => {
    let release: (o: MoneyOutcome) => void = () => undefined;
    const { book, sale, reconciler, calls } = setup(() => new Promise<MoneyOutcome>((resolve) => (release = resolve)));
    now = sale.sentAt! + GRACE_MS;
    const fresh = () => book.get(sale.id);
    const all = Promise.all([reconciler.checkOne(fresh(), 'poll'), reconciler.checkOne(fresh(), 'callback'), reconciler.checkOne(fresh())]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls()).toBe(1);
    release(NOT_FOUND);
    await vi.waitFor(() => expect(calls()).toBe(2));
    release(NOT_FOUND);
    const results = await all;
    expect(calls()).toBe(2);
    expect(results.map((r) => r.state)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('two concurrent checks after the window cannot supply both not-found answers', async () => {
    const { book, sale, reconciler } = setup(() => new Promise<MoneyOutcome>((resolve) => setImmediate(() => resolve(NOT_FOUND))));
    now = sale.sentAt! + GRACE_MS + STEP_MS;
    const results = await Promise.all([reconciler.checkOne(book.get(sale.id), 'poll'), reconciler.checkOne(book.get(sale.id), 'callback')]);
    expect(results.map((r) => r.state)).toEqual(['unknown', 'unknown']);
  });

  it('a check asked for a sale settled meanwhile asks nobody', async () => {
    const { book, sale, reconciler, calls } = setup(() => NOT_FOUND);
    const stale = book.get(sale.id);
    book.apply(sale.id, { status: 'success', message: 'sukses' }, 'provider');
    expect((await reconciler.checkOne(stale)).state).toBe('success');
    expect(calls()).toBe(0);
  });
});
