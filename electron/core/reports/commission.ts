import type Database from 'better-sqlite3';
import { ACCOUNT } from '../ledger';
import { daysFrom } from './days';
import { SALE_KEY_COLUMNS } from './sale-key';
import { statement } from './statements';
import type { SaleKey, SaleShare } from './totals';

/**
 * Commission income (credits to commission_income) in the entries of the range's sales, keyed
 * `sale:<id>:<step>`. Only the account's postings between two bounds are read, through its posting
 * index (posting-id order), so the cost follows the range, not the history after it:
 * - from the range's earliest sale commit (every entry of a sale comes after its commit);
 * - up to the commit of the first sale made after the range (the next sale id after the range's
 *   last one). Commission posted with a sale's commit (flights) is always inside; commission
 *   posted at a later step is counted when it was written before that next sale. A range sale whose
 *   commission would be posted after a later sale was made is not counted (the trade for a bounded
 *   read: today no step but the commit posts commission). No sale after the range: no upper bound.
 */
export function commissionShares(db: Database.Database, from: string, to: string): SaleShare[] {
  // The account's newest posting is one index read: no commission ever (today's sales) costs nothing more.
  const newest = statement(db, 'SELECT MAX(p.id) FROM posting p WHERE p.account_id = (SELECT id FROM account WHERE code = ?)').pluck().get(ACCOUNT.commissionIncome) as number | null;
  if (newest === null) return [];
  const bounds = postingBoundsOfRange(db, from, to);
  if (bounds === null || bounds.first > newest) return [];
  const rows = statement(
    db,
    `SELECT e.idem_key AS idemKey, p.amount FROM posting p JOIN journal_entry e ON e.id = p.entry_id
        WHERE p.account_id = (SELECT id FROM account WHERE code = ?) AND p.id >= ? AND p.id < ? AND e.idem_key LIKE 'sale:%'`,
  ).all(ACCOUNT.commissionIncome, bounds.first, bounds.end) as { idemKey: string; amount: number }[];
  const saleOf = statement(db, `SELECT ${SALE_KEY_COLUMNS} FROM sale WHERE id = ? AND business_day BETWEEN ? AND ?`);
  const shares: SaleShare[] = [];
  for (const { idemKey, amount } of rows) {
    const sale = saleOf.get(Number(idemKey.split(':')[1]), from, to) as SaleKey | undefined;
    if (sale) shares.push({ sale, sums: { commission: -amount } });
  }
  return shares;
}

/**
 * [first, end) in posting ids: the first posting of the earliest commit among the range's sales, and
 * the first posting of the commit of the next sale after the range's last (ids follow time; days
 * may not, if the clock went back). Each end is one index lookup per day of the range.
 */
function postingBoundsOfRange(db: Database.Database, from: string, to: string): { first: number; end: number } | null {
  const saleIdsOfDay = statement(db, 'SELECT MIN(id) AS first, MAX(id) AS last FROM sale WHERE business_day = ?');
  let first: number | null = null;
  let last: number | null = null;
  for (const day of daysFrom(from, to)) {
    const ids = saleIdsOfDay.get(day) as { first: number | null; last: number | null };
    if (ids.first !== null && (first === null || ids.first < first)) first = ids.first;
    if (ids.last !== null && (last === null || ids.last > last)) last = ids.last;
  }
  if (first === null || last === null) return null;
  const next = statement(db, 'SELECT MIN(id) FROM sale WHERE id > ?').pluck().get(last) as number | null;
  // A sale with no commit entry (written by hand): read every commission posting rather than miss one.
  const firstPosting = commitPosting(db, first) ?? 0;
  const endPosting = next === null ? null : commitPosting(db, next);
  return { first: firstPosting, end: endPosting ?? Number.MAX_SAFE_INTEGER };
}

/** The first posting of the sale's commit entry; null when it has none. */
function commitPosting(db: Database.Database, saleId: number): number | null {
  const row = statement(db, 'SELECT MIN(p.id) AS id FROM journal_entry e JOIN posting p ON p.entry_id = e.id WHERE e.idem_key = ?').get(`sale:${saleId}:commit`) as { id: number | null };
  return row.id;
}
