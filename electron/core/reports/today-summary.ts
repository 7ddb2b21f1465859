import type { z } from 'zod';
import type { reportChannels } from '../api/channels/reports';
import { ACCOUNT, type Ledger } from '../ledger';
import type { SaleState } from '../sales/state-machine';
import { lateSuccessShares } from './late-success-money';
import { statement } from './statements';

export type TodaySummary = z.output<(typeof reportChannels)['reports:today']['output']>;
type LastSale = TodaySummary['lastSales'][number];

const LAST_SALES = 8;

/**
 * The cashier's Home: today's successful sales (count, gross; the same figures as Laporan for
 * today), the sales still open (any day: what the Pending panel lists), the drawer and the last
 * sales. Every read is bounded by an index (today's day totals, the open-sales index, the drawer's
 * running total, the newest row ids), so it costs the same on a ledger of a million sales.
 */
export function todaySummary(ledger: Ledger): TodaySummary {
  const db = ledger.db;
  const day = ledger.businessDay();
  const today = statement(db, 'SELECT COALESCE(SUM(success_count), 0) AS count, COALESCE(SUM(gross), 0) AS gross FROM sale_day_total WHERE business_day = ?').get(day) as {
    count: number;
    gross: number;
  };
  for (const { sums } of lateSuccessShares(db, day, day)) {
    today.count += sums.count ?? 0;
    today.gross += sums.gross ?? 0;
  }
  const pendingCount = statement(db, "SELECT COUNT(*) FROM sale WHERE state IN ('committed', 'sent', 'pending', 'unknown')").pluck().get() as number;
  return { day, count: today.count, gross: today.gross, pendingCount, drawer: ledger.rawBalance(ACCOUNT.cashDrawer), lastSales: lastSales(ledger) };
}

/**
 * The newest sales, one per customer press (a rerouted refused attempt is left out), read from the
 * top of the row ids in small windows: never a walk through history.
 */
function lastSales(ledger: Ledger): LastSale[] {
  const newest = statement(ledger.db, 'SELECT MAX(id) FROM sale').pluck().get() as number | null;
  if (newest === null) return [];
  const window = statement(
    ledger.db,
    `SELECT id, product_name AS productName, customer_no AS customerNo, price, state, created_at AS createdAt
       FROM sale WHERE id > ? AND id <= ? AND rerouted_to IS NULL ORDER BY id DESC LIMIT ${LAST_SALES}`,
  );
  const found: LastSale[] = [];
  for (let top = newest, size = 4 * LAST_SALES; top > 0 && found.length < LAST_SALES; top -= size, size *= 2) {
    found.push(...(window.all(top - size, top) as (LastSale & { state: SaleState })[]));
  }
  return found.slice(0, LAST_SALES);
}
