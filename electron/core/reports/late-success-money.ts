import type Database from 'better-sqlite3';
import { ACCOUNT } from '../ledger';
import { groupKey, zeroSums, type SaleGroup } from './totals';

interface ResolvedAlert extends Omit<SaleGroup, keyof ReturnType<typeof zeroSums>> {
  id: number;
  superseded: number;
}

/**
 * A late success the owner resolved moves money after the sale was failed (sale-postings.ts,
 * lateSuccessPostings). The report reads that money from the resolution's own journal entry, so it
 * agrees with the ledger whatever the resolution was: revenue means the customer kept the product
 * and paid (a sale, no longer a failure; when the refund still owed became the payment, no refund
 * either), a cost means the provider charged (written off: cost with no revenue), nothing means
 * the provider reversed it.
 */
export function addLateSuccessMoney(db: Database.Database, groups: Map<string, SaleGroup>, from: string, to: string): void {
  const alerts = db
    .prepare(
      `SELECT id, business_day AS day, kind, provider, product_id AS productId, product_name AS productName, shift_id AS shiftId,
              EXISTS (SELECT 1 FROM sale n WHERE n.rerouted_from = sale.id) AS superseded
         FROM sale
        WHERE alert_resolved_at IS NOT NULL AND business_day BETWEEN ? AND ?`,
    )
    .all(from, to) as ResolvedAlert[];
  if (alerts.length === 0) return;
  const legsOf = db.prepare(
    `SELECT a.code AS account, p.amount FROM journal_entry e JOIN posting p ON p.entry_id = e.id JOIN account a ON a.id = p.account_id
      WHERE e.idem_key = ?`,
  );
  for (const { id, superseded, ...sale } of alerts) {
    const legs = legsOf.all(`sale:${id}:alert`) as { account: string; amount: number }[];
    const sum = (account: string) => legs.filter((l) => l.account === account).reduce((total, l) => total + l.amount, 0);
    const revenue = -sum(ACCOUNT.salesRevenue);
    const cost = sum(ACCOUNT.costOfSales);
    const refundKept = sum(ACCOUNT.refundsOwed);
    if (revenue === 0 && cost === 0) continue;
    const key = groupKey(sale);
    const group = groups.get(key) ?? { ...sale, ...zeroSums() };
    groups.set(key, group);
    group.cost += cost;
    if (revenue === 0) continue;
    group.count += 1;
    group.gross += revenue;
    // A refused attempt that was rerouted was never counted as a failure.
    if (!superseded) group.failedCount -= 1;
    if (refundKept !== 0 && !superseded) {
      group.refundCount -= 1;
      group.refundAmount -= refundKept;
      group.refundsPaid -= refundKept;
    }
  }
}
