import type Database from 'better-sqlite3';
import type { SaleKind } from '../domain/sale-kind';

export interface SaleTotals {
  successCount: number;
  gross: number;
  margin: number;
  pendingCount: number;
  failedCount: number;
  byCategory: { category: SaleKind; count: number; gross: number }[];
}

/**
 * Sales of one shift (`shift_id`) or one business day, counted as the customer sees them: a
 * refused attempt that was rerouted to the next provider is not a failed sale (its next attempt
 * carries the customer's money). Margin is the price less what the provider really charged
 * (the reported cost when it differed from the catalogue, as the ledger's cost of sales has it).
 */
export function saleTotals(db: Database.Database, scope: { shiftId: number } | { businessDay: string }): SaleTotals {
  const where = 'shiftId' in scope ? 's.shift_id = ?' : 's.business_day = ?';
  const key = 'shiftId' in scope ? scope.shiftId : scope.businessDay;
  const row = db
    .prepare(
      `SELECT COALESCE(SUM(s.state = 'success'), 0) AS successCount,
              COALESCE(SUM(CASE WHEN s.state = 'success' THEN s.price END), 0) AS gross,
              COALESCE(SUM(CASE WHEN s.state = 'success' THEN s.price - COALESCE(s.reported_cost, s.cost) END), 0) AS margin,
              COALESCE(SUM(s.state IN ('committed','sent','pending','unknown')), 0) AS pendingCount,
              COALESCE(SUM(s.state = 'failed' AND NOT EXISTS (SELECT 1 FROM sale n WHERE n.rerouted_from = s.id)), 0) AS failedCount
         FROM sale s WHERE ${where}`,
    )
    .get(key) as Omit<SaleTotals, 'byCategory'>;
  const byCategory = db
    .prepare(
      `SELECT s.kind AS category, COUNT(*) AS count, SUM(s.price) AS gross
         FROM sale s WHERE ${where} AND s.state = 'success' GROUP BY s.kind ORDER BY s.kind`,
    )
    .all(key) as SaleTotals['byCategory'];
  return { ...row, byCategory };
}
