import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../../electron/core/app/event-bus';
import { depositAccount } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { mmbcItrxDay } from '../../../electron/core/sales/drivers/mmbc-driver';
import { SaleBook } from '../../../electron/core/sales/sale-book';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * The sale repo counts itrx in whatever window its caller gives: whose day that is (MMBC's, in
 * WIB) is the MMBC driver's knowledge, not the generic repo's.
 */
let f: LedgerFixture;
let now = 0;
const at = (utcHour: number, utcMinute = 0) => Date.UTC(2026, 10, 24, utcHour, utcMinute);

beforeEach(async () => {
  f = await openTestLedger(() => now);
  f.ledger.post({
    idemKey: 'dep-mmbc',
    kind: 'test',
    memo: 'deposit',
    postings: [
      { account: depositAccount('mmbc'), amount: rupiah(1_000_000) },
      { account: 'owner_equity', amount: rupiah(-1_000_000) },
    ],
  });
});
afterEach(() => f.close());

describe('itrx window', () => {
  it('the repo counts only the sales inside the window it is given', () => {
    const book = new SaleBook(f.ledger, new EventBus());
    for (const [i, hour] of [1, 2, 3].entries()) {
      now = at(hour);
      book.commit({
        requestId: `itrx-${i}`, refId: `LKITRX${i}`, kind: 'pulsa', provider: 'mmbc', productId: 'p', providerCode: 'TSEL10', productName: 'Pulsa',
        customerNo: '081234560001', customerName: null, inquiryId: null, price: 12_000, cost: 10_750, details: {}, itrx: i + 1, reroutedFrom: null,
      });
    }
    // An hour-long window around the second sale: only its itrx (2) counts, whatever day it is.
    expect(book.repo.nextItrx('mmbc', 'TSEL10', '081234560001', { from: at(1, 30), to: at(2, 30) })).toBe(3);
    expect(book.repo.nextItrx('mmbc', 'TSEL10', '081234560001', { from: at(4), to: at(5) })).toBe(1);
    expect(book.repo.nextItrx('iak', 'TSEL10', '081234560001', { from: at(0), to: at(5) })).toBe(1);
  });

  it('MMBC’s day is Jakarta’s: 00:00 to 24:00 WIB around the instant', () => {
    expect(mmbcItrxDay(at(16))).toEqual({ from: Date.UTC(2026, 10, 23, 17), to: Date.UTC(2026, 10, 24, 17) }); // 23:00 WIB on the 24th
    expect(mmbcItrxDay(at(17, 30))).toEqual({ from: Date.UTC(2026, 10, 24, 17), to: Date.UTC(2026, 10, 25, 17) }); // 00:30 WIB on the 25th
  });
});
