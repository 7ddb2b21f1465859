import type Database from 'better-sqlite3';
import { ACCOUNT } from '../ledger';
import { daysFrom } from './days';
import { groupKey, zeroSums, type SaleGroup } from './totals';

type SaleKey = Omit<SaleGroup, keyof ReturnType<typeof zeroSums>>;

/**
 * Commission income (credits to commission_income) in the entries of the range's sales, keyed
 * `sale:<id>:<step>`. Only postings from the range's first sale commit onwards are read: every entry
 * of a sale comes after its commit, and the first sale of each day is one index lookup.
 */
export function addCommission(db: Database.Database, groups: Map<string, SaleGroup>, from: string, to: string): void {
  const firstPosting = firstPostingOfRange(db, from, to);
  if (firstPosting === null) return;
  const rows = db
    .prepare(
      `SELECT e.idem_key AS idemKey, p.amount FROM posting p JOIN journal_entry e ON e.id = p.entry_id
        WHERE p.account_id = (SELECT id FROM account WHERE code = ?) AND p.id >= ? AND e.idem_key LIKE 'sale:%'`,
    )
    .all(ACCOUNT.commissionIncome, firstPosting) as { idemKey: string; amount: number }[];
  if (rows.length === 0) return;
  const saleOf = db.prepare(
    `SELECT business_day AS day, kind, provider, product_id AS productId, product_name AS productName, shift_id AS shiftId
       FROM sale WHERE id = ? AND business_day BETWEEN ? AND ?`,
  );
  for (const { idemKey, amount } of rows) {
    const sale = saleOf.get(Number(idemKey.split(':')[1]), from, to) as SaleKey | undefined;
    if (!sale) continue;
    const key = groupKey(sale);
    const group = groups.get(key) ?? { ...sale, ...zeroSums() };
    groups.set(key, group);
    group.commission -= amount;
  }
}

/** The first posting of the earliest commit among the range's sales (ids follow time, days may not). */
function firstPostingOfRange(db: Database.Database, from: string, to: string): number | null {
  const firstSaleOfDay = db.prepare('SELECT MIN(id) AS id FROM sale WHERE business_day = ?');
  let first: number | null = null;
  for (const day of daysFrom(from, to)) {
    const { id } = firstSaleOfDay.get(day) as { id: number | null };
    if (id !== null && (first === null || id < first)) first = id;
  }
  if (first === null) return null;
  const row = db
    .prepare('SELECT MIN(p.id) AS id FROM journal_entry e JOIN posting p ON p.entry_id = e.id WHERE e.idem_key = ?')
    .get(`sale:${first}:commit`) as { id: number | null };
  return row.id;
}
