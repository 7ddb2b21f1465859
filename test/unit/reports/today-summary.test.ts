import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { todaySummary } from '../../../electron/core/reports';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { insertSale } from './sale-rows';

/** Home: today's figures (10:00 WIB on 2026-11-24 by the fixture's clock), the open sales, the drawer, the newest sales. */
let f: LedgerFixture;
beforeEach(async () => {
  f = await openTestLedger();
});
afterEach(() => f.close());

const TODAY = '2026-11-24';

describe('todaySummary', () => {
  it("counts today's successful sales once per customer press, every open sale, and the drawer's balance", () => {
    insertSale(f.db, { day: '2026-11-23', price: 50_000 });
    insertSale(f.db, { day: '2026-11-23', state: 'pending' });
    insertSale(f.db, { day: TODAY, price: 12_000 });
    insertSale(f.db, { day: TODAY, price: 5_000, state: 'failed', refund: 'due' });
    insertSale(f.db, { day: TODAY, state: 'unknown' });
    const refused = insertSale(f.db, { day: TODAY, provider: 'mmbc', price: 7_000, state: 'failed' });
    insertSale(f.db, { day: TODAY, price: 7_000, reroutedFrom: refused });
    f.ledger.post({
      idemKey: 'float',
      kind: 'opening_cash',
      memo: 'modal',
      postings: [
        { account: ACCOUNT.cashDrawer, amount: rupiah(150_000) },
        { account: ACCOUNT.ownerEquity, amount: rupiah(-150_000) },
      ],
    });
    expect(todaySummary(f.ledger)).toMatchObject({ day: TODAY, count: 2, gross: 19_000, pendingCount: 2, drawer: 150_000 });
  });

  it('lists the 8 newest sales, newest first, without the refused attempts that were rerouted', () => {
    const next: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const refused = insertSale(f.db, { day: TODAY, provider: 'mmbc', state: 'failed', price: 10_000 + i });
      next.push(insertSale(f.db, { day: TODAY, price: 10_000 + i, reroutedFrom: refused }));
    }
    const { lastSales } = todaySummary(f.ledger);
    expect(lastSales.map((s) => s.id)).toEqual(next.slice(-8).reverse());
    expect(lastSales[0]).toMatchObject({ productName: 'Pulsa Telkomsel 10.000', customerNo: '081200000000', price: 10_011, state: 'success', createdAt: expect.any(Number) });
  });

  it('on a new ledger: zeros and no sales', () => {
    expect(todaySummary(f.ledger)).toEqual({ day: TODAY, count: 0, gross: 0, pendingCount: 0, drawer: 0, lastSales: [] });
  });
});
