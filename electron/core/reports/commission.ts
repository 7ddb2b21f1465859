import type Database from 'better-sqlite3';
import { ACCOUNT } from '../ledger';
import { daysFrom } from './days';
import { SALE_KEY_COLUMNS } from './sale-key';
import { statement } from './statements';
import type { SaleKey, SaleShare } from './totals';

/**
 * Commission income (credits to commission_income) in the entries of the range's sales, keyed
 * `sale:<id>:<step>`. Only postings from the range's earliest sale commit onwards are read (every
 * entry of a sale comes after its commit; the first sale of each day is one index lookup), through
 * the account's posting index, whose entries are in posting-id order.
 */
export function commissionShares(db: Database.Database, from: string, to: string): SaleShare[] {
  // The account's newest posting is one index read: no commission ever (today's sales) costs nothing more.
  const newest = statement(db, 'SELECT MAX(p.id) FROM posting p WHERE p.account_id = (SELECT id FROM account WHERE code = ?)').pluck().get(ACCOUNT.commissionIncome) as number | null;
  if (newest === null) return [];
  const firstPosting = firstPostingOfRange(db, from, to);
  if (firstPosting === null || firstPosting > newest) return [];
  const rows = statement(
    db,
    `SELECT e.idem_key AS idemKey, p.amount FROM posting p JOIN journal_entry e ON e.id = p.entry_id
        WHERE p.account_id = (SELECT id FROM account WHERE code = ?) AND p.id >= ? AND e.idem_key LIKE 'sale:%'`,
  ).all(ACCOUNT.commissionIncome, firstPosting) as { idemKey: string; amount: number }[];
  const saleOf = statement(db, `SELECT ${SALE_KEY_COLUMNS} FROM sale WHERE id = ? AND business_day BETWEEN ? AND ?`);
  const shares: SaleShare[] = [];
  for (const { idemKey, amount } of rows) {
    const sale = saleOf.get(Number(idemKey.split(':')[1]), from, to) as SaleKey | undefined;
    if (sale) shares.push({ sale, sums: { commission: -amount } });
  }
  return shares;
}

/** The first posting of the earliest commit among the range's sales (ids follow time; days may not, if the clock went back). */
function firstPostingOfRange(db: Database.Database, from: string, to: string): number | null {
  const firstSaleOfDay = statement(db, 'SELECT MIN(id) AS id FROM sale WHERE business_day = ?');
  let first: number | null = null;
  for (const day of daysFrom(from, to)) {
    const { id } = firstSaleOfDay.get(day) as { id: number | null };
    if (id !== null && (first === null || id < first)) first = id;
  }
  if (first === null) return null;
  const row = statement(db, 'SELECT MIN(p.id) AS id FROM journal_entry e JOIN posting p ON p.entry_id = e.id WHERE e.idem_key = ?').get(`sale:${first}:commit`) as { id: number | null };
  // A sale with no commit entry (written by hand): read every commission posting rather than miss one.
  return row.id ?? 0;
}
