import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, verifyLedger } from '../../../electron/core/ledger';
import type { MmbcBooking, MmbcClient } from '../../../electron/core/providers/mmbc';
import { summarizeSales } from '../../../electron/core/reports';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import { ShiftBook } from '../../../electron/core/shifts/shift-book';
import { bookFlight, issueInputOf } from '../../support/flight-booking';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * A flight ticket's agent bonus is commission income recognised when the issue SETTLES, which may
 * be after later sales, even after the next day's first sale. Laporan for the flight's day must
 * still count it: margin = price - NTA, commission = bonus, cost = NTA + bonus; and over the days
 * the postings fall in, the summary's gross, cost and commission equal the ledger's movements.
 */
const DAY_MS = 86_400_000;
let t: SalesFixture;
let booking: MmbcBooking;
let flight: SaleRecord;
let day: string;
let nextDay: string;

beforeAll(async () => {
  t = await openSalesFixture(
    [{ productId: 'pulsa:iak', category: 'pulsa', name: 'Pulsa Telkomsel 10.000 (IAK)', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] }],
    { openingDeposit: 20_000_000 },
  );
  new ShiftBook(t.f.ledger).open({ requestId: 'flight-commission-shift', cashier: 'Sari', float: { amount: 0 } });
  const clock = t.f.ledger as { now: () => number };
  const realNow = clock.now;
  day = t.f.ledger.businessDay();
  nextDay = t.f.ledger.businessDay(realNow() + DAY_MS);
  // ...8888: MMBC answers "sedang dalam proses" and issues a moment later. The reconciler waits
  // while later sales are made, so the issue settles after them.
  await t.sales.reconciler.stop();
  booking = await bookFlight(t.providers.client('mmbc') as MmbcClient, '081200018888', 11);
  const pending = await t.sales.issueFlight(issueInputOf(booking, 'flight-commission-issue'));
  expect(pending.state).toBe('pending');
  const pulsa = await t.sales.engine.start({ requestId: 'flight-commission-pulsa-1', productId: 'pulsa:iak', customerNo: '081277770011' });
  clock.now = () => realNow() + DAY_MS;
  try {
    const tomorrow = await t.sales.engine.start({ requestId: 'flight-commission-pulsa-2', productId: 'pulsa:iak', customerNo: '081277770012' });
    expect(tomorrow.businessDay).toBe(nextDay);
  } finally {
    clock.now = realNow;
  }
  await waitSettled(t, pulsa.id);
  t.sales.reconciler.start();
  flight = await waitSettled(t, pending.id);
  expect(flight.state).toBe('success');
}, 60_000);
afterAll(() => t.close());

/** Debit-positive movement of one account over the entries of the range's business days. */
function movement(account: string, from: string, to: string): number {
  return t.f.db
    .prepare(
      `SELECT COALESCE(SUM(p.amount), 0) FROM posting p JOIN journal_entry e ON e.id = p.entry_id JOIN account a ON a.id = p.account_id
        WHERE a.code = ? AND e.business_day BETWEEN ? AND ?`,
    )
    .pluck()
    .get(account, from, to) as number;
}

describe('a flight issue in Laporan', () => {
  it('counts the bonus as commission and price - NTA as margin on the flight’s day, though it settled after the next day’s sale', () => {
    const bonus = booking.agentBonus ?? 0;
    expect(bonus).toBeGreaterThan(0);
    const summary = summarizeSales(t.f.ledger, { from: day, to: day });
    const row = summary.byCategory.find((r) => r.key === 'flight');
    expect(row).toMatchObject({ count: 1, gross: flight.price, cost: booking.ntaPrice + bonus, commission: bonus, margin: flight.price - booking.ntaPrice });
    expect(summary.totals.commission).toBe(bonus);
    expect(summary.byProduct.find((r) => r.key === `flight:${booking.bookingCode}`)).toMatchObject({ commission: bonus, margin: flight.price - booking.ntaPrice });
  });

  it('over the days its postings fall in, gross, cost and commission equal the ledger', () => {
    const { totals } = summarizeSales(t.f.ledger, { from: day, to: nextDay });
    expect(verifyLedger(t.f.db)).toEqual([]);
    expect(totals.gross).toBe(-movement(ACCOUNT.salesRevenue, day, nextDay));
    expect(totals.cost).toBe(movement(ACCOUNT.costOfSales, day, nextDay));
    expect(totals.commission).toBe(-movement(ACCOUNT.commissionIncome, day, nextDay));
    expect(totals.margin).toBe(totals.gross - totals.cost + totals.commission);
  });

  it('the next day alone has no commission (it belongs to the flight’s day)', () => {
    expect(summarizeSales(t.f.ledger, { from: nextDay, to: nextDay }).totals.commission).toBe(0);
  });
});
