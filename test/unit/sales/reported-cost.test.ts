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

/** A sale of catalogue cost Rp 10.000 from a Rp 100.000 MMBC deposit, already sent. */
function sentSale(refId: string) {
  const sale = book.commit({
    requestId: `r-${refId}`, refId, kind: 'pulsa', provider: 'mmbc', productId: 'p', providerCode: 'TSEL10', productName: 'Pulsa',
    customerNo: '081234560001', customerName: null, inquiryId: null, price: 12_000, cost: 10_000, details: {}, itrx: 1, reroutedFrom: null,
  });
  return book.markSent(sale);
}
const history = (id: number) => book.repo.events(id).map((e) => e.detail).join('\n');

describe('a reported cost is believed only when 0 < cost <= 2 x the catalogue cost', () => {
  it('ignores a garbage success amount: the catalogue cost is posted and the history says why', () => {
    const sale = sentSale('LKCOSTBIG');
    const done = book.apply(sale.id, { status: 'success', message: 'sukses', serial: 'SN1', cost: rupiah(999_999_999_999) }, 'provider');
    expect(done.state).toBe('success');
    expect(done.reportedCost).toBeNull();
    expect(done.details.selisihHarga).toBeUndefined();
    expect(history(sale.id)).toContain('jumlah dari provider tidak masuk akal, diabaikan: Rp 999.999.999.999');
    expect(f.ledger.rawBalance('cost_of_sales')).toBe(10_000);
    expect(f.ledger.rawBalance('deposit:mmbc')).toBe(100_000 - 10_000);
    expect(verifyLedger(f.db)).toEqual([]);
  });

  it('does not remember a garbage pending amount; the later success is posted at the catalogue cost', () => {
    const sale = sentSale('LKCOSTPEND');
    const pending = book.apply(sale.id, { status: 'pending', message: 'pending', providerRef: 'INV2', cost: rupiah(20_001) }, 'provider');
    expect(pending.reportedCost).toBeNull();
    expect(history(sale.id)).toContain('jumlah dari provider tidak masuk akal, diabaikan: Rp 20.001');
    book.apply(sale.id, { status: 'success', message: 'sukses', serial: 'SN2' }, 'poll');
    expect(f.ledger.rawBalance('cost_of_sales')).toBe(10_000);
    expect(f.ledger.rawBalance('deposit:mmbc')).toBe(90_000);
  });

  it('believes an amount of exactly twice the catalogue cost', () => {
    const sale = sentSale('LKCOSTTWICE');
    const done = book.apply(sale.id, { status: 'success', message: 'sukses', serial: 'SN3', cost: rupiah(20_000) }, 'provider');
    expect(done.reportedCost).toBe(20_000);
    expect(f.ledger.rawBalance('cost_of_sales')).toBe(20_000);
    expect(history(sale.id)).not.toContain('tidak masuk akal');
  });

  it('keeps a garbage amount of a late success out of the owner’s resolution', () => {
    const sale = sentSale('LKCOSTLATE');
    book.apply(sale.id, { status: 'failed', code: '14', message: 'gagal' }, 'provider');
    const alerted = book.apply(sale.id, { status: 'success', message: 'sukses', serial: 'SN4', cost: rupiah(999_999_999_999) }, 'callback');
    expect(alerted.alert).toBe('late_success');
    expect(alerted.reportedCost).toBeNull();
    expect(history(sale.id)).toContain('jumlah dari provider tidak masuk akal, diabaikan: Rp 999.999.999.999');
    book.resolveAlert(sale.id, { resolution: 'charged_written_off', note: 'dicek di portal MMBC' });
    expect(f.ledger.rawBalance('cost_of_sales')).toBe(10_000);
    expect(verifyLedger(f.db)).toEqual([]);
  });
});
