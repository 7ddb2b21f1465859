import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import { EventBus } from '../../../electron/core/app/event-bus';
import { rupiah } from '../../../electron/core/money';
import { SaleBook } from '../../../electron/core/sales/sale-book';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/** Ayoconnect asks partners to wait 150 s before the first status check; the others are asked at once. */
let f: LedgerFixture;
let now = Date.UTC(2026, 10, 24, 3, 0, 0);
beforeEach(async () => {
  f = await openTestLedger(() => now);
  for (const provider of ['ayoconnect', 'iak'] as ProviderId[]) {
    f.ledger.post({
      idemKey: `dep-${provider}`,
      kind: 'test',
      memo: 'deposit',
      postings: [
        { account: `deposit:${provider}`, amount: rupiah(100_000) },
        { account: 'owner_equity', amount: rupiah(-100_000) },
      ],
    });
  }
});
afterEach(() => f.close());

function pendingSale(book: SaleBook, provider: ProviderId, refId: string) {
  const committed = book.commit({
    requestId: `req-${refId}`, refId, kind: 'pulsa', provider, productId: 'p', providerCode: 'c', productName: 'Pulsa',
    customerNo: '081234560001', customerName: null, inquiryId: null, price: 12_000, cost: 10_500, details: {}, itrx: null, reroutedFrom: null,
  });
  book.markSent(committed);
  return book.apply(committed.id, { status: 'pending', message: 'diproses' }, 'provider');
}

describe('first status check', () => {
  it('waits Ayoconnect’s documented 150 s, then follows the normal backoff', () => {
    const book = new SaleBook(f.ledger, new EventBus());
    const sale = pendingSale(book, 'ayoconnect', 'LKAYO1');
    expect(sale.nextCheckAt! - now).toBeGreaterThanOrEqual(150_000);
    now += 150_000;
    const later = book.apply(sale.id, { status: 'pending', message: 'masih diproses' }, 'poll');
    expect(later.nextCheckAt! - now).toBeLessThan(150_000);
  });

  it('asks the others within seconds', () => {
    const book = new SaleBook(f.ledger, new EventBus());
    const sale = pendingSale(book, 'iak', 'LKIAK1');
    expect(sale.nextCheckAt! - now).toBeLessThan(10_000);
  });
});
