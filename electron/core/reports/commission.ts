import type Database from 'better-sqlite3';
import { ACCOUNT } from '../ledger';
import { SALE_KEY_COLUMNS } from './sale-key';
import { statement } from './statements';
import type { SaleKey, SaleShare } from './totals';
import { userCondition, type UserFilter } from './user-totals';

/**
 * Commission income (credits to commission_income) of the range's sales that earn one, whenever
 * it was posted: a flight's agent bonus is recognised when its issue settles, which may come after
 * later sales or on a later day, and still belongs to the day the ticket was sold.
 *
 * The sales come from the partial index sale_with_commission (migration 012: only sales with
 * commission > 0, a few per day), and each one's postings from its own entries, keyed
 * `sale:<id>:<step>` (a range of the unique idem_key index, then posting_by_entry). The cost follows
 * the number of such sales in the range, never the history. A sale not settled yet has none.
 */
export function commissionShares(db: Database.Database, from: string, to: string, user?: UserFilter): SaleShare[] {
  const byUser = userCondition(user, 's.');
  const rows = statement(
    db,
    // INDEXED BY: the planner cannot tell the partial index from sale_day without statistics; this
    // read must stay on the few rows with commission. `+p.account_id` keeps the join on the entry.
    `SELECT ${SALE_KEY_COLUMNS},
        (SELECT COALESCE(SUM(p.amount), 0) FROM journal_entry e JOIN posting p ON p.entry_id = e.id
          WHERE e.idem_key >= 'sale:' || s.id || ':' AND e.idem_key < 'sale:' || s.id || ';'
            AND +p.account_id = (SELECT id FROM account WHERE code = ?)) AS amount
       FROM sale s INDEXED BY sale_with_commission
      WHERE s.business_day BETWEEN ? AND ? AND s.commission > 0${byUser.sql}`,
  ).all(ACCOUNT.commissionIncome, from, to, ...byUser.params) as (SaleKey & { amount: number })[];
  return rows.filter((row) => row.amount !== 0).map(({ amount, ...sale }) => ({ sale, sums: { commission: -amount } }));
}
