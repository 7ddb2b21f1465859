import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { summarizeSales } from '../../../electron/core/reports';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { insertSale } from './sale-rows';

/** The summary's breakdowns: cashiers by shift, commission from the sale's entries, every day of a range. */
let f: LedgerFixture;
beforeEach(async () => {
  f = await openTestLedger();
});
afterEach(() => f.close());

function openShift(cashier: string, key: string): number {
  return Number(
    f.db.prepare("INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float) VALUES (?, ?, '2026-11-24', 0, 0)").run(`shift-${key}`, cashier).lastInsertRowid,
  );
}

/** What a commission-paying product (flights) will post: commission_income credited in one of the sale's entries. */
function postCommission(saleId: number, amount: number): void {
  f.ledger.post({
    idemKey: `sale:${saleId}:commit`,
    kind: 'sale_commit',
    memo: 'tiket',
    postings: [
      { account: ACCOUNT.depositHeld, amount: rupiah(amount) },
      { account: ACCOUNT.commissionIncome, amount: rupiah(-amount) },
    ],
  });
}

describe('summarizeSales', () => {
  it("sums by the cashier of each sale's shift (shifts of one cashier together), sales outside a shift as Tanpa shift", () => {
    const ani1 = openShift('Ani', '1');
    f.db.prepare('UPDATE shift SET closed_at = 1, close_request_id = ?, expected_cash = 0, counted_cash = 0, difference = 0 WHERE id = ?').run('close-1', ani1);
    const budi = openShift('Budi', '2');
    f.db.prepare('UPDATE shift SET closed_at = 2, close_request_id = ?, expected_cash = 0, counted_cash = 0, difference = 0 WHERE id = ?').run('close-2', budi);
    const ani2 = openShift('Ani', '3');
    insertSale(f.db, { day: '2026-11-24', shiftId: ani1, price: 10_000 });
    insertSale(f.db, { day: '2026-11-24', shiftId: ani2, price: 20_000 });
    insertSale(f.db, { day: '2026-11-24', shiftId: budi, price: 5_000, state: 'pending' });
    insertSale(f.db, { day: '2026-11-24', price: 7_000 });
    const { byCashier } = summarizeSales(f.ledger, { from: '2026-11-24', to: '2026-11-24' });
    expect(byCashier.map(({ key, label, count, gross, pendingCount }) => ({ key, label, count, gross, pendingCount }))).toEqual([
      { key: 'Ani', label: 'Ani', count: 2, gross: 30_000, pendingCount: 0 },
      { key: 'Tanpa shift', label: 'Tanpa shift', count: 1, gross: 7_000, pendingCount: 0 },
      { key: 'Budi', label: 'Budi', count: 0, gross: 0, pendingCount: 1 },
    ]);
  });

  it("adds the commission credited in a sale's entries to that sale's day, product and margin, and no other range's", () => {
    // A ticket: cost is the NTA, the day totals count NTA + commission, the margin is price - NTA.
    const ticket = { kind: 'flight', productId: 'flight:cgk-dps', productName: 'Tiket CGK-DPS', price: 900_000 };
    const earlier = insertSale(f.db, { ...ticket, day: '2026-11-20', cost: 873_000, commission: 7_000 });
    postCommission(earlier, 7_000);
    const flight = insertSale(f.db, { ...ticket, day: '2026-11-24', cost: 865_000, commission: 15_000 });
    postCommission(flight, 15_000);
    const day = summarizeSales(f.ledger, { from: '2026-11-24', to: '2026-11-24' });
    expect(day.totals).toMatchObject({ gross: 900_000, cost: 880_000, commission: 15_000, margin: 35_000 });
    expect(day.byProduct).toEqual([expect.objectContaining({ key: 'flight:cgk-dps', label: 'Tiket CGK-DPS', commission: 15_000, margin: 35_000 })]);
    expect(summarizeSales(f.ledger, { from: '2026-11-20', to: '2026-11-24' }).totals.commission).toBe(22_000);
  });

  it("counts a range sale's commission whenever it was posted, even after the next day's sales; later days' commission never", () => {
    const ticket = { kind: 'flight', productId: 'flight:cgk-dps', productName: 'Tiket CGK-DPS', price: 900_000 };
    const flight = insertSale(f.db, { ...ticket, day: '2026-11-24', cost: 863_000, commission: 17_000 });
    postCommission(flight, 15_000);
    const nextDay = insertSale(f.db, { ...ticket, day: '2026-11-25', cost: 871_000, commission: 9_000 });
    postCommission(nextDay, 9_000);
    // The first ticket's issue settles only now, after the next day's sale was made.
    f.ledger.post({
      idemKey: `sale:${flight}:settle`, kind: 'sale_success', memo: 'tiket',
      postings: [{ account: ACCOUNT.depositHeld, amount: rupiah(2_000) }, { account: ACCOUNT.commissionIncome, amount: rupiah(-2_000) }],
    });
    expect(summarizeSales(f.ledger, { from: '2026-11-24', to: '2026-11-24' }).totals.commission).toBe(17_000);
    expect(summarizeSales(f.ledger, { from: '2026-11-25', to: '2026-11-25' }).totals.commission).toBe(9_000);
  });

  it('lists every day of the range, zeros included, oldest first', () => {
    insertSale(f.db, { day: '2026-11-22', price: 12_000 });
    const { perDay, totals } = summarizeSales(f.ledger, { from: '2026-11-21', to: '2026-11-23' });
    expect(perDay.map((d) => [d.key, d.label, d.count, d.gross])).toEqual([
      ['2026-11-21', '2026-11-21', 0, 0],
      ['2026-11-22', '2026-11-22', 1, 12_000],
      ['2026-11-23', '2026-11-23', 0, 0],
    ]);
    expect(totals).toMatchObject({ count: 1, gross: 12_000, cost: 10_800, margin: 1_200 });
  });
});
