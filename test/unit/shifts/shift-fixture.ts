import { EventBus } from '../../../electron/core/app/event-bus';
import { ACCOUNT, depositAccount, recordOpeningCash, recordOwnerWithdrawal } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { SaleBook, type NewAttempt } from '../../../electron/core/sales/sale-book';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import { ShiftBook } from '../../../electron/core/shifts/shift-book';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/** 08:00 WIB on 1 December 2026. */
export const START = Date.UTC(2026, 11, 1, 1, 0, 0);

/**
 * A real ledger file with a clock the test moves, the sale book (sales committed and settled as the
 * engine would) and the shift book. Every request id, reference and number is unique by construction.
 */
export interface ShiftFixture {
  f: LedgerFixture;
  book: SaleBook;
  shifts: ShiftBook;
  events: EventBus;
  /** Moves the clock on (default one minute) and answers the new time. */
  tick(ms?: number): number;
  drawer(): number;
  cashDifference(): number;
  sell(overrides?: Partial<NewAttempt>): SaleRecord;
  succeed(sale: SaleRecord, cost?: number): SaleRecord;
  fail(sale: SaleRecord): SaleRecord;
  pend(sale: SaleRecord): SaleRecord;
  ownerCash(amount: number): void;
  ownerTakes(amount: number): void;
  entries(): number;
  close(): void;
}

export async function openShiftFixture(): Promise<ShiftFixture> {
  let now = START;
  const f = await openTestLedger(() => now);
  const events = new EventBus();
  const book = new SaleBook(f.ledger, events);
  f.ledger.post({
    idemKey: 'fixture-deposit',
    kind: 'test_deposit',
    memo: 'deposit',
    postings: [
      { account: depositAccount('iak'), amount: rupiah(10_000_000) },
      { account: ACCOUNT.ownerEquity, amount: rupiah(-10_000_000) },
    ],
  });
  let serial = 0;
  const next = () => (serial += 1);
  return {
    f,
    book,
    shifts: new ShiftBook(f.ledger),
    events,
    tick(ms = 60_000) {
      now += ms;
      return now;
    },
    drawer: () => f.ledger.rawBalance(ACCOUNT.cashDrawer),
    cashDifference: () => f.ledger.rawBalance('cash_difference'),
    sell(overrides = {}) {
      const n = next();
      const sale = book.commit({
        requestId: `fx-sale-${n}`,
        refId: `LKFX${n}`,
        kind: 'pulsa',
        provider: 'iak',
        productId: 'pulsa:telkomsel:10000',
        providerCode: 'htelkomsel10000',
        productName: 'Pulsa Telkomsel 10.000',
        customerNo: `08120000${String(n).padStart(4, '0')}`,
        customerName: null,
        inquiryId: null,
        price: 12_000,
        cost: 10_500,
        details: {},
        itrx: null,
        reroutedFrom: null,
        ...overrides,
      });
      return book.markSent(sale);
    },
    succeed: (sale, cost) => book.apply(sale.id, { status: 'success', message: 'Sukses', serial: 'SN1', ...(cost ? { cost: rupiah(cost) } : {}) }, 'provider'),
    fail: (sale) => book.apply(sale.id, { status: 'failed', message: 'Nomor salah', code: '14' }, 'provider'),
    pend: (sale) => book.apply(sale.id, { status: 'pending', message: 'Proses' }, 'provider'),
    ownerCash(amount) {
      recordOpeningCash(f.ledger, { requestId: `fx-cash-${next()}`, amount });
    },
    ownerTakes(amount) {
      recordOwnerWithdrawal(f.ledger, { requestId: `fx-take-${next()}`, amount });
    },
    entries: () => (f.db.prepare('SELECT COUNT(*) AS n FROM journal_entry').get() as { n: number }).n,
    close: () => f.close(),
  };
}
