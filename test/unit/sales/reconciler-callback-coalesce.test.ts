import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import { EventBus } from '../../../electron/core/app/event-bus';
import type { MoneyOutcome } from '../../../electron/core/providers/outcome';
import type { SaleDriver } from '../../../electron/core/sales/drivers/driver';
import { Reconciler } from '../../../electron/core/sales/reconciler';
import { SaleBook } from '../../../electron/core/sales/sale-book';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import { fundDeposit, sentAttempt } from '../../support/book-fixture';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * A callback says "something changed at the provider". When it arrives while a status check of the
 * same sale is already asking, that check's answer may predate the news: exactly one more check
 * runs after it, however many callbacks came meanwhile. A timer tick or the cashier's "cek
 * sekarang" arriving meanwhile just joins the running check.
 */
let f: LedgerFixture;
const now = Date.UTC(2026, 10, 24, 3, 0, 0);
let book: SaleBook;
let reconciler: Reconciler;
/** Each status question the driver got, answered by the test when it chooses. */
let asked: ((answer: MoneyOutcome) => void)[];

beforeEach(async () => {
  f = await openTestLedger(() => now);
  fundDeposit(f.ledger, 'iak', 100_000);
  book = new SaleBook(f.ledger, new EventBus());
  asked = [];
  const driver: SaleDriver = {
    send: () => Promise.resolve({ status: 'pending', message: 'diproses' }),
    check: () => new Promise<MoneyOutcome>((resolve) => asked.push(resolve)),
  };
  reconciler = new Reconciler(book, new Map<ProviderId, SaleDriver>([['iak', driver]]), { tickMs: 1000, now: () => now, notFoundGraceMs: 300_000 });
});
afterEach(() => f.close());

function pendingSale(refId: string): SaleRecord {
  return book.apply(sentAttempt(book, { refId }).id, { status: 'pending', message: 'diproses' }, 'provider');
}

const stillPending: MoneyOutcome = { status: 'pending', message: 'masih diproses' };
const delivered: MoneyOutcome = { status: 'success', message: 'sukses', serial: 'SN-COALESCE' };

describe('a callback arriving while a check of the same sale is running', () => {
  it('gets one more check after it, shared by every callback that came meanwhile', async () => {
    const sale = pendingSale('LKCOALESCE1');
    const tick = reconciler.checkOne(sale, 'poll');
    expect(asked).toHaveLength(1);
    const callbacks = [reconciler.checkOne(sale, 'callback'), reconciler.checkOne(sale, 'callback'), reconciler.checkOne(sale, 'callback')];
    asked[0]!(stillPending);
    expect((await tick).state).toBe('pending');
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    asked[1]!(delivered);
    const answers = await Promise.all(callbacks);
    expect(answers.map((a) => a.state)).toEqual(['success', 'success', 'success']);
    expect(asked).toHaveLength(2);
    expect(book.get(sale.id).serial).toBe('SN-COALESCE');
  });

  it('a timer tick or the cashier arriving meanwhile joins the running check: no extra question', async () => {
    const sale = pendingSale('LKCOALESCE2');
    const first = reconciler.checkOne(sale, 'poll');
    const cashier = reconciler.checkOne(sale, 'poll');
    asked[0]!(stillPending);
    expect((await cashier).state).toBe('pending');
    expect((await first).state).toBe('pending');
    expect(asked).toHaveLength(1);
  });

  it('a callback arriving during the follow-up check queues the next one', async () => {
    const sale = pendingSale('LKCOALESCE3');
    void reconciler.checkOne(sale, 'poll');
    const early = reconciler.checkOne(sale, 'callback');
    asked[0]!(stillPending);
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    // The follow-up is asking now: a callback now is news it may have missed.
    const late = reconciler.checkOne(sale, 'callback');
    asked[1]!(stillPending);
    expect((await early).state).toBe('pending');
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    asked[2]!(delivered);
    expect((await late).state).toBe('success');
    expect(asked).toHaveLength(3);
  });
});
