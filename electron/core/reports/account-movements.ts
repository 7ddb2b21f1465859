import type Database from 'better-sqlite3';
import type { Ledger } from '../ledger';
import { daysFrom } from './days';
import { statement } from './statements';

export interface AccountMovement {
  entryId: number;
  at: number;
  businessDay: string;
  kind: string;
  memo: string;
  /** Debit-positive change of the account by this entry. */
  amount: number;
  balanceBefore: number;
  balanceAfter: number;
}

export interface AccountMovements {
  openingBalance: number;
  closingBalance: number;
  movements: AccountMovement[];
}

/**
 * Every entry of the range's business days with a leg on one asset account, with the account's
 * balance before and after it. The balance at the range's start is NOT a sum over all history: it
 * is the running total (account_total) minus the postings since, or the postings before it when
 * the range is in the older half of the journal; both are ranges of the account's posting index
 * (its entries are in posting-id order, and posting ids follow entry ids).
 */
export function accountMovements(ledger: Ledger, code: string, from: string, to: string): AccountMovements {
  const db = ledger.db;
  const accountId = ledger.accounts.get(code).id;
  const total = ledger.rawBalance(code);
  const bounds = rangeBounds(db, from, to);
  if (!bounds) {
    // No entry in the range: the balance stands as it was before the next entry after the range.
    const next = statement(db, 'SELECT id FROM journal_entry WHERE business_day > ? ORDER BY business_day, id LIMIT 1').pluck().get(to) as number | undefined;
    const balance = next === undefined ? total : total - sumFrom(db, accountId, firstPostingOf(db, next));
    return { openingBalance: balance, closingBalance: balance, movements: [] };
  }
  const first = firstPostingOf(db, bounds.firstEntry);
  const last = lastPostingOf(db, bounds.lastEntry);
  const newest = (statement(db, 'SELECT MAX(id) FROM posting').pluck().get() as number | null) ?? 0;
  const opening = first < newest / 2 ? sumBefore(db, accountId, first) : total - sumFrom(db, accountId, first);
  const legs = statement(
    db,
    `SELECT p.entry_id AS entryId, p.amount, e.at, e.business_day AS businessDay, e.kind, e.memo
       FROM posting p JOIN journal_entry e ON e.id = p.entry_id
      WHERE p.account_id = ? AND p.id BETWEEN ? AND ? ORDER BY p.id`,
  ).all(accountId, first, last) as Omit<AccountMovement, 'balanceBefore' | 'balanceAfter'>[];
  const movements: AccountMovement[] = [];
  let balance = opening;
  for (const leg of legs) {
    const previous = movements.at(-1);
    const balanceBefore = balance;
    balance += leg.amount;
    // Entries between the range's first and last whose day is outside it (a clock set back) move the balance only.
    if (leg.businessDay < from || leg.businessDay > to) continue;
    if (previous?.entryId === leg.entryId) {
      previous.amount += leg.amount;
      previous.balanceAfter = balance;
    } else movements.push({ ...leg, balanceBefore, balanceAfter: balance });
  }
  return { openingBalance: opening, closingBalance: balance, movements };
}

/** The lowest and highest entry ids of the range's days (each one lookup of the journal's day index). */
function rangeBounds(db: Database.Database, from: string, to: string): { firstEntry: number; lastEntry: number } | null {
  // Two statements: SQLite answers a lone MIN or MAX from the index edge, both together by a scan.
  const lowest = statement(db, 'SELECT MIN(id) FROM journal_entry WHERE business_day = ?').pluck();
  const highest = statement(db, 'SELECT MAX(id) FROM journal_entry WHERE business_day = ?').pluck();
  let bounds: { firstEntry: number; lastEntry: number } | null = null;
  for (const day of daysFrom(from, to)) {
    const low = lowest.get(day) as number | null;
    const high = highest.get(day) as number | null;
    if (low === null || high === null) continue;
    bounds = bounds ? { firstEntry: Math.min(bounds.firstEntry, low), lastEntry: Math.max(bounds.lastEntry, high) } : { firstEntry: low, lastEntry: high };
  }
  return bounds;
}

function firstPostingOf(db: Database.Database, entryId: number): number {
  return statement(db, 'SELECT id FROM posting WHERE entry_id >= ? ORDER BY entry_id, id LIMIT 1').pluck().get(entryId) as number;
}

function lastPostingOf(db: Database.Database, entryId: number): number {
  return statement(db, 'SELECT id FROM posting WHERE entry_id <= ? ORDER BY entry_id DESC, id DESC LIMIT 1').pluck().get(entryId) as number;
}

function sumFrom(db: Database.Database, accountId: number, postingId: number): number {
  return statement(db, 'SELECT COALESCE(SUM(amount), 0) FROM posting WHERE account_id = ? AND id >= ?').pluck().get(accountId, postingId) as number;
}

function sumBefore(db: Database.Database, accountId: number, postingId: number): number {
  return statement(db, 'SELECT COALESCE(SUM(amount), 0) FROM posting WHERE account_id = ? AND id < ?').pluck().get(accountId, postingId) as number;
}
