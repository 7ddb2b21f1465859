import type Database from 'better-sqlite3';
import { commissionShares } from './commission';
import { lateSuccessShares } from './late-success-money';
import { statement } from './statements';
import { addInto, zeroSums, type SaleKey, type SaleShare, type Sums } from './totals';
import { USER_DAY_TOTALS_SQL, type UserFilter } from './user-totals';

export type Dimension = 'day' | 'category' | 'provider' | 'product' | 'shift';
export interface BreakdownRow {
  key: string;
  /** The product's name for 'product'; the key itself otherwise. */
  name: string;
  sums: Sums;
}
export type Breakdowns = Record<Dimension, Map<string, BreakdownRow>>;

/**
 * The range's day totals (migration 009, a primary-key range of sale_day_total) as ONE JSON text:
 * a day has a few dozen groups, and handing each over as a row costs more than the whole index
 * read; JSON.parse takes them in one go.
 */
const DAY_TOTALS_SQL = `SELECT json_group_array(json_array(business_day, kind, provider, product_id, shift_key, product_name,
    success_count, gross, cost, refund_count, refund_amount, refunds_paid, pending_count, failed_count))
  FROM sale_day_total WHERE business_day BETWEEN ? AND ?`;

type DayTotalRow = [string, SaleKey['kind'], SaleKey['provider'], string, number, string, number, number, number, number, number, number, number, number];

/**
 * The range's sales summed by day, category, provider, product and shift: the day totals the
 * triggers keep, plus the money only the ledger knows per sale (late-success decisions,
 * commission). Cost grows with the number of groups, not with the number of sales.
 *
 * With `user` (an id, or null for sales no signed-in user made): the same figures of that user's
 * sales only, summed from their sale rows (user-totals.ts: the day totals have no user).
 */
export function readBreakdowns(db: Database.Database, from: string, to: string, user?: UserFilter): Breakdowns {
  const breakdowns: Breakdowns = { day: new Map(), category: new Map(), provider: new Map(), product: new Map(), shift: new Map() };
  const text = (
    user === undefined ? statement(db, DAY_TOTALS_SQL).pluck().get(from, to) : statement(db, USER_DAY_TOTALS_SQL).pluck().get(user, from, to)
  ) as string;
  for (const [day, kind, provider, productId, shift, productName, count, gross, cost, refundCount, refundAmount, refundsPaid, pendingCount, failedCount] of JSON.parse(text) as DayTotalRow[]) {
    const sums: Sums = { count, gross, cost, commission: 0, refundCount, refundAmount, refundsPaid, pendingCount, failedCount };
    addShare(breakdowns, { sale: { day, kind, provider, productId, productName, shiftId: shift }, sums });
  }
  for (const share of lateSuccessShares(db, from, to, user)) addShare(breakdowns, share);
  for (const share of commissionShares(db, from, to, user)) addShare(breakdowns, share);
  return breakdowns;
}

function addShare(breakdowns: Breakdowns, { sale, sums }: SaleShare): void {
  add(breakdowns.day, sale.day, sale.day, sums);
  add(breakdowns.category, sale.kind, sale.kind, sums);
  add(breakdowns.provider, sale.provider, sale.provider, sums);
  add(breakdowns.product, sale.productId, sale.productName, sums);
  // sale_day_total keeps "no shift" as 0.
  add(breakdowns.shift, String(sale.shiftId ?? 0), '', sums);
}

function add(rows: Map<string, BreakdownRow>, key: string, name: string, sums: Partial<Sums>): void {
  let row = rows.get(key);
  if (!row) {
    row = { key, name, sums: zeroSums() };
    rows.set(key, row);
  }
  addInto(row.sums, sums);
}
