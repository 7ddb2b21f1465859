import type Database from 'better-sqlite3';
import { ACCOUNT } from '../ledger';
import { SALE_KEY_COLUMNS } from './sale-key';
import { statement } from './statements';
import type { SaleKey, SaleShare, Sums } from './totals';
import { userCondition, type UserFilter } from './user-totals';

/**
 * A late success the owner resolved moves money after the sale was failed (sale-postings.ts,
 * lateSuccessPostings). The report reads that money from the resolution's own journal entry, so it
 * agrees with the ledger whatever the resolution was: revenue means the customer kept the product
 * and paid (a sale, no longer a failure; when the refund still owed became the payment, no refund
 * either), a cost alone means the provider charged and the outlet bore it, nothing means the
 * provider reversed it. Rare rows, found by their own partial index.
 */
export function lateSuccessShares(db: Database.Database, from: string, to: string, user?: UserFilter): SaleShare[] {
  const byUser = userCondition(user);
  const alerts = statement(
    db,
      `SELECT id, rerouted_to IS NOT NULL AS superseded, ${SALE_KEY_COLUMNS}
         FROM sale INDEXED BY sale_alert_resolved_by_day
        WHERE alert_resolved_at IS NOT NULL AND business_day BETWEEN ? AND ?${byUser.sql}`,
  ).all(from, to, ...byUser.params) as (SaleKey & { id: number; superseded: number })[];
  if (alerts.length === 0) return [];
  const legsOf = statement(
    db,
    `SELECT a.code AS account, p.amount FROM journal_entry e JOIN posting p ON p.entry_id = e.id JOIN account a ON a.id = p.account_id
      WHERE e.idem_key = ?`,
  );
  const shares: SaleShare[] = [];
  for (const { id, superseded, ...sale } of alerts) {
    const legs = legsOf.all(`sale:${id}:alert`) as { account: string; amount: number }[];
    const sum = (account: string) => legs.filter((l) => l.account === account).reduce((total, l) => total + l.amount, 0);
    const revenue = -sum(ACCOUNT.salesRevenue);
    const cost = sum(ACCOUNT.costOfSales);
    const refundKept = superseded ? 0 : sum(ACCOUNT.refundsOwed);
    const sums: Partial<Sums> = { cost };
    if (revenue !== 0) {
      Object.assign(sums, { count: 1, gross: revenue });
      // A refused attempt that was rerouted was never counted as a failure.
      if (!superseded) sums.failedCount = -1;
      if (refundKept !== 0) Object.assign(sums, { refundCount: -1, refundAmount: -refundKept, refundsPaid: -refundKept });
    }
    shares.push({ sale, sums });
  }
  return shares;
}
