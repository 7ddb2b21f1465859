import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../../electron/core/app/event-bus';
import { verifyLedger } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { SaleBook } from '../../../electron/core/sales/sale-book';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * The amount a pending answer reports is kept on the sale: a success that does not repeat it (a
 * status answer without amounts) is still posted at what the provider charged, not the catalogue.
 */
let f: LedgerFixture;
let book: SaleBook;
beforeEach(async () => {
  f = await openTestLedger();
  f.ledger.post({
    idemKey: 'dep',
    kind: 'test',
    memo: 'deposit',
    postings: [
      { account: 'deposit:mmbc', amount: rupiah(100_000) },
      { account: 'owner_equity', amount: rupiah(-100_000) },
    ],
  });
  book = new SaleBook(f.ledger, new EventBus());
});
afterEach(() => f.close());

describe('provider-reported cost', () => {
  it('uses the pending answer’s amount when the success names none', () => {
    const sale = book.commit({
      requestId: 'r1', refId: 'LKCOST1', kind: 'pulsa', provider: 'mmbc', productId: 'p', providerCode: 'TSEL10', productName: 'Pulsa',
      customerNo: '081234560001', customerName: null, inquiryId: null, price: 12_000, cost: 10_000, details: {}, itrx: 1, reroutedFrom: null,
    });
    book.markSent(sale);
    expect(book.apply(sale.id, { status: 'pending', message: 'pending', providerRef: 'INV1', cost: rupiah(10_750) }, 'provider').reportedCost).toBe(10_750);
    // A later pending without an amount does not forget it.
    book.apply(sale.id, { status: 'pending', message: 'masih pending' }, 'poll');
    const done = book.apply(sale.id, { status: 'success', message: 'sukses', serial: 'SN1' }, 'poll');
    expect(done.details.selisihHarga).toBe('+Rp 750 (dipotong Rp 10.750, katalog Rp 10.000)');
    expect(f.ledger.rawBalance('cost_of_sales')).toBe(10_750);
    expect(f.ledger.rawBalance('deposit:mmbc')).toBe(100_000 - 10_750);
    expect(verifyLedger(f.db)).toEqual([]);
  });
});
