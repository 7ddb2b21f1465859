import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import { EventBus } from '../../../electron/core/app/event-bus';
import { Ledger } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import type { BillStore } from '../../../electron/core/sales/bill-store';
import type { SaleCatalog } from '../../../electron/core/sales/catalog-port';
import type { SaleDriver } from '../../../electron/core/sales/drivers/driver';
import { SaleBook } from '../../../electron/core/sales/sale-book';
import { SaleEngine } from '../../../electron/core/sales/sale-engine';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * MMBC's `itrx` is "the nth top-up of this product to this number TODAY", and MMBC's today is
 * Jakarta's (WIB, UTC+7). An outlet in WIT (UTC+9) passes its own midnight two hours before MMBC
 * does: its counter must keep counting until MMBC's midnight, then start again at 1.
 */
let f: LedgerFixture;
let now = 0;
let engine: SaleEngine;
const sentItrx: (number | null)[] = [];
const at = (utcHour: number, utcMinute = 0) => Date.UTC(2026, 10, 24, utcHour, utcMinute);

beforeEach(async () => {
  f = await openTestLedger(() => now);
  const ledger = new Ledger(f.db, { now: () => now, timeZone: 'Asia/Jayapura' });
  ledger.post({
    idemKey: 'dep-mmbc',
    kind: 'test',
    memo: 'deposit',
    postings: [
      { account: 'deposit:mmbc', amount: rupiah(1_000_000) },
      { account: 'owner_equity', amount: rupiah(-1_000_000) },
    ],
  });
  const mmbc: SaleDriver = {
    send: (sale) => {
      sentItrx.push(sale.itrx);
      return Promise.resolve({ status: 'success', serial: `SN${sale.id}`, providerRef: `INV${sale.id}`, message: 'sukses' });
    },
    check: () => Promise.resolve(null),
  };
  const catalog: SaleCatalog = {
    route: () => ({ productId: 'pulsa:tsel10', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'mmbc', providerCode: 'TSEL10', cost: 10_750 }] }),
    normaliseCustomer: (_category, input) => input,
  };
  const book = new SaleBook(ledger, new EventBus());
  engine = new SaleEngine({ ledger, book, bills: {} as BillStore, catalog, drivers: new Map<ProviderId, SaleDriver>([['mmbc', mmbc]]) });
  sentItrx.length = 0;
});
afterEach(() => f.close());

const sell = (requestId: string) => engine.start({ requestId, productId: 'pulsa:tsel10', customerNo: '081234560001', confirmDuplicate: true });

describe('MMBC itrx follows the WIB day', () => {
  it('keeps counting after the WIT outlet’s midnight while it is still the same day in Jakarta, then starts at 1', async () => {
    now = at(14); // 23:00 WIT, 21:00 WIB on the 24th
    await sell('a');
    now = at(16); // 01:00 WIT on the 25th (a new business day for the outlet), 23:00 WIB still the 24th
    const afterOutletMidnight = await sell('b');
    expect(afterOutletMidnight.businessDay).toBe('2026-11-25');
    now = at(17, 30); // 00:30 WIB on the 25th: MMBC's new day
    await sell('c');
    expect(sentItrx).toEqual([1, 2, 1]);
  });
});
