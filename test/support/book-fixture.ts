import type { ProviderId } from '../../electron/core/domain/provider-id';
import { depositAccount, type Ledger } from '../../electron/core/ledger';
import { rupiah } from '../../electron/core/money';
import type { NewAttempt, SaleBook } from '../../electron/core/sales/sale-book';
import type { SaleRecord } from '../../electron/core/sales/sale-record';

/** Puts money in a provider deposit from owner capital, so the book can commit sales against it. */
export function fundDeposit(ledger: Ledger, provider: ProviderId, amount: number): void {
  ledger.post({
    idemKey: `test-deposit:${provider}:${amount}`,
    kind: 'test',
    memo: 'deposit',
    postings: [
      { account: depositAccount(provider), amount: rupiah(amount) },
      { account: 'owner_equity', amount: rupiah(-amount) },
    ],
  });
}

/** Every sale this fixture makes gets its own request id, reference and number: unique by construction. */
let serial = 0;

/** A pulsa sale committed and marked sent (Rp 12.000 for a Rp 10.500 cost unless told otherwise). */
export function sentAttempt(book: SaleBook, overrides: Partial<NewAttempt> = {}): SaleRecord {
  serial += 1;
  const committed = book.commit({
    requestId: `req-book-${serial}`,
    refId: `LKBOOK${serial}`,
    kind: 'pulsa',
    provider: 'iak',
    productId: 'p',
    providerCode: 'c',
    productName: 'Pulsa',
    customerNo: `0812000${String(serial).padStart(5, '0')}`,
    customerName: null,
    inquiryId: null,
    price: 12_000,
    cost: 10_500,
    details: {},
    itrx: null,
    reroutedFrom: null,
    ...overrides,
  });
  return book.markSent(committed);
}
