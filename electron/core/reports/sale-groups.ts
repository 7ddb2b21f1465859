import type Database from 'better-sqlite3';
import { addCommission } from './commission';
import { addLateSuccessMoney } from './late-success-money';
import { groupKey, type SaleGroup } from './totals';

/**
 * The sales of a range of business days as groups (day, category, provider, product, shift), each
 * with its counts and money. The base figures come from the sale rows; the money an owner's
 * late-success decision and a commission posted later come from the ledger entries of those sales.
 */
export function readSaleGroups(db: Database.Database, from: string, to: string): Map<string, SaleGroup> {
  const groups = baseGroups(db, from, to);
  addLateSuccessMoney(db, groups, from, to);
  addCommission(db, groups, from, to);
  return groups;
}

/**
 * One customer press is one sale: a refused attempt that was rerouted (another row names it in
 * `rerouted_from`) is neither a failure nor a second price; the last attempt of the chain counts.
 */
function baseGroups(db: Database.Database, from: string, to: string): Map<string, SaleGroup> {
  const rows = db
    .prepare(
      `SELECT business_day AS day, kind, provider, product_id AS productId, product_name AS productName, shift_id AS shiftId,
              SUM(state = 'success') AS count,
              SUM(CASE WHEN state = 'success' THEN price ELSE 0 END) AS gross,
              SUM(CASE WHEN state = 'success' THEN COALESCE(reported_cost, cost) ELSE 0 END) AS cost,
              0 AS commission,
              SUM(state = 'failed' AND refund <> 'none') AS refundCount,
              SUM(CASE WHEN state = 'failed' AND refund <> 'none' THEN price ELSE 0 END) AS refundAmount,
              SUM(CASE WHEN state = 'failed' AND refund = 'paid' THEN price ELSE 0 END) AS refundsPaid,
              SUM(state IN ('committed', 'sent', 'pending', 'unknown')) AS pendingCount,
              SUM(state = 'failed') AS failedCount
         FROM sale s
        WHERE business_day BETWEEN ? AND ?
          AND NOT EXISTS (SELECT 1 FROM sale n WHERE n.rerouted_from = s.id)
        GROUP BY business_day, kind, provider, product_id, shift_id`,
    )
    .all(from, to) as SaleGroup[];
  return new Map(rows.map((row) => [groupKey(row), row]));
}
