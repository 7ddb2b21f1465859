import { shareColumns } from '../ledger/migrations/009-reports';

/**
 * Who sold is on the sale row (sale.user_id, migration 014), not in the day totals: sale_day_total
 * (migration 009) has no user dimension, and adding one would multiply its rows by the number of
 * users for a filter the owner uses now and then. So a report of one user's sales sums that user's
 * sale rows of the range instead, found by the index sale_by_user (user_id, business_day): the cost
 * follows that user's sales in the range, never the history. Each row's share is the trigger's own
 * rule (shareColumns), grouped like sale_day_total, so the filtered report is the day totals of
 * exactly that user's sales; the users' reports (plus the rows no user made) add up to the
 * unfiltered one (test/integration/reports/report-by-user.test.ts).
 *
 * `user_id IS ?`: null asks for the sales no signed-in user made (background work, older rows).
 */
export const USER_DAY_TOTALS_SQL = `SELECT json_group_array(json(r)) FROM (
    SELECT json_array(business_day, kind, provider, product_id, COALESCE(shift_id, 0), MAX(product_name), ${shareColumns('sale', 'SUM')}) AS r
      FROM sale INDEXED BY sale_by_user
     WHERE user_id IS ? AND business_day BETWEEN ? AND ?
     GROUP BY business_day, kind, provider, product_id, COALESCE(shift_id, 0))`;

/** Whose sales a report reads: everyone's (undefined), one user's (id), or those no user made (null). */
export type UserFilter = number | null | undefined;

/** The extra condition on `sale` (aliased `alias`) for the per-sale ledger reads, with its parameter. */
export function userCondition(user: UserFilter, alias = ''): { sql: string; params: (number | null)[] } {
  if (user === undefined) return { sql: '', params: [] };
  return { sql: ` AND ${alias}user_id IS ?`, params: [user] };
}
