import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import { EventBus } from '../../../electron/core/app/event-bus';
import { depositAccount } from '../../../electron/core/ledger';
import type { MoneyOutcome } from '../../../electron/core/providers/outcome';
import type { SaleDriver } from '../../../electron/core/sales/drivers/driver';
import { Reconciler } from '../../../electron/core/sales/reconciler';
import { recoverInterruptedSales } from '../../../electron/core/sales/recovery';
import { SaleBook } from '../../../electron/core/sales/sale-book';
import { fundDeposit, sentAttempt } from '../../support/book-fixture';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * Defence in depth (issue 7 item 1): whatever a driver's status check returns, a `failed` whose
 * code only says the question did not get through (not_sent, timeout, an HTML page...) is no answer.
 * The sale stays open, no money moves, only its next check time changes.
 */
let f: LedgerFixture;
let now = Date.UTC(2026, 10, 24, 3, 0, 0);
beforeEach(async () => {
  f = await openTestLedger(() => now);
  fundDeposit(f.ledger, 'iak', 100_000);
});
afterEach(() => f.close());

const sentSale = (book: SaleBook) => sentAttempt(book);

function reconcilerAnswering(book: SaleBook, answer: MoneyOutcome): Reconciler {
  const driver: SaleDriver = { send: () => Promise.resolve(answer), check: () => Promise.resolve(answer) };
  return new Reconciler(book, new Map<ProviderId, SaleDriver>([['iak', driver]]), { tickMs: 1000, now: () => now, notFoundGraceMs: 300_000 });
}

const transportCodes = ['not_sent', 'timeout', 'connection_reset', 'network', 'not_reached', 'http_error', 'html_page', 'malformed_body', 'unexpected_answer', 'not_found'];

describe('a status check whose "failure" is only a transport problem', () => {
  it.each(transportCodes)('failed/%s from a check leaves the sale open and the money where it was', async (code) => {
    const book = new SaleBook(f.ledger, new EventBus());
    const sale = book.apply(sentSale(book).id, { status: 'pending', message: 'diproses' }, 'provider');
    const deposit = f.ledger.rawBalance(depositAccount('iak'));
    now += 10_000;
    const after = await reconcilerAnswering(book, { status: 'failed', code, message: 'Tidak dapat terhubung ke provider (ECONNREFUSED).' }).checkOne(sale);
    expect(['pending', 'unknown']).toContain(after.state);
    expect(after.refund).toBe('none');
    expect(after.settledAt).toBeNull();
    expect(after.nextCheckAt).toBeGreaterThan(now);
    expect(f.ledger.rawBalance(depositAccount('iak'))).toBe(deposit);
  });

  it('a real failure code from the provider still fails the sale', async () => {
    const book = new SaleBook(f.ledger, new EventBus());
    const sale = book.apply(sentSale(book).id, { status: 'pending', message: 'diproses' }, 'provider');
    const after = await reconcilerAnswering(book, { status: 'failed', code: '07', message: 'FAILED' }).checkOne(sale);
    expect(after.state).toBe('failed');
  });

  it('after a power cut, recovery checks `sent` sales before the modem is up: nothing fails', async () => {
    const book = new SaleBook(f.ledger, new EventBus());
    const sale = sentSale(book);
    const deposit = f.ledger.rawBalance(depositAccount('iak'));
    recoverInterruptedSales(book);
    const after = await reconcilerAnswering(book, { status: 'failed', code: 'not_sent', message: 'Tidak dapat terhubung ke provider (ENETUNREACH).' }).checkOne(
      book.get(sale.id),
    );
    expect(after.state).toBe('unknown');
    expect(after.refund).toBe('none');
    expect(f.ledger.rawBalance(depositAccount('iak'))).toBe(deposit);
  });
});
