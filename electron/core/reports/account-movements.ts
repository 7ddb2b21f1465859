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
 * balance before and after it (all at once: Laporan's screen; the export reads them in chunks
 * through AccountMovementReader, the same arithmetic).
 */
export function accountMovements(ledger: Ledger, code: string, from: string, to: string): AccountMovements {
  const reader = new AccountMovementReader(ledger, code, from, to);
  const movements: AccountMovement[] = [];
  while (!reader.finished) for (const movement of reader.next(10_000).movements) movements.push(movement);
  return { openingBalance: reader.openingBalance, closingBalance: reader.closingBalance, movements };
}

/**
 * An account's movements over a range, read in bounded chunks of its posting index, so a long
 * export never holds (or builds in one blocking step) a year of movements. The balance at the
 * range's start is NOT a sum over all history: it is the running total (account_total) minus the
 * postings since, or the postings before it when the range is in the older half of the journal;
 * both are ranges of the account's posting index (its entries are in posting-id order, and posting
 * ids follow entry ids). The span of postings is fixed when the reader is made: entries posted
 * later are not part of this reading. Balances run from the opening balance in integer rupiah.
 */
export class AccountMovementReader {
  readonly openingBalance: number;
  /** The account's legs in the range's posting span: what `next` will read in all (progress counts these). */
  readonly legCount: number;
  private balance: number;
  private nextPosting = 0;
  private readonly lastPosting: number;
  private readonly accountId: number;
  /** The last movement of a full chunk: the next chunk may hold more legs of its entry. */
  private carried: AccountMovement | null = null;
  private done = false;

  constructor(
    private readonly ledger: Ledger,
    code: string,
    private readonly from: string,
    private readonly to: string,
  ) {
    const db = ledger.db;
    this.accountId = ledger.accounts.get(code).id;
    const total = ledger.rawBalance(code);
    const bounds = rangeBounds(db, from, to);
    if (!bounds) {
      // No entry in the range: the balance stands as it was before the next entry after the range.
      const next = statement(db, 'SELECT id FROM journal_entry WHERE business_day > ? ORDER BY business_day, id LIMIT 1').pluck().get(to) as number | undefined;
      this.openingBalance = this.balance = next === undefined ? total : total - sumFrom(db, this.accountId, firstPostingOf(db, next));
      this.lastPosting = -1;
      this.legCount = 0;
      this.done = true;
      return;
    }
    this.nextPosting = firstPostingOf(db, bounds.firstEntry);
    this.lastPosting = lastPostingOf(db, bounds.lastEntry);
    const newest = (statement(db, 'SELECT MAX(id) FROM posting').pluck().get() as number | null) ?? 0;
    this.openingBalance = this.balance =
      this.nextPosting < newest / 2 ? sumBefore(db, this.accountId, this.nextPosting) : total - sumFrom(db, this.accountId, this.nextPosting);
    this.legCount = statement(db, 'SELECT COUNT(*) FROM posting WHERE account_id = ? AND id BETWEEN ? AND ?')
      .pluck()
      .get(this.accountId, this.nextPosting, this.lastPosting) as number;
  }

  /** True once every movement was handed out; closingBalance is then the balance after the range. */
  get finished(): boolean {
    return this.done && this.carried === null;
  }

  get closingBalance(): number {
    return this.balance;
  }

  /**
   * The next movements, from at most `maxLegs` legs (one index range query). `legsRead` tells how
   * many legs that was. An entry with several legs on the account is one movement, even across
   * two chunks.
   */
  next(maxLegs: number): { movements: AccountMovement[]; legsRead: number } {
    const movements: AccountMovement[] = this.carried ? [this.carried] : [];
    this.carried = null;
    if (this.done) return { movements, legsRead: 0 };
    // Rows as arrays and one object per movement: this runs for every leg of a year's export.
    const legs = statement(
      this.ledger.db,
      `SELECT p.id, p.entry_id, p.amount, e.at, e.business_day, e.kind, e.memo
         FROM posting p JOIN journal_entry e ON e.id = p.entry_id
        WHERE p.account_id = ? AND p.id BETWEEN ? AND ? ORDER BY p.id LIMIT ?`,
    )
      .raw(true)
      .all(this.accountId, this.nextPosting, this.lastPosting, maxLegs) as [number, number, number, number, string, string, string][];
    if (legs.length < maxLegs) this.done = true;
    else this.nextPosting = legs[legs.length - 1]![0] + 1;
    let previous = movements.at(-1);
    for (const [, entryId, amount, at, businessDay, kind, memo] of legs) {
      const balanceBefore = this.balance;
      this.balance += amount;
      // Entries between the range's first and last whose day is outside it (a clock set back) move the balance only.
      if (businessDay < this.from || businessDay > this.to) continue;
      if (previous?.entryId === entryId) {
        previous.amount += amount;
        previous.balanceAfter = this.balance;
      } else {
        previous = { entryId, at, businessDay, kind, memo, amount, balanceBefore, balanceAfter: this.balance };
        movements.push(previous);
      }
    }
    if (!this.done && movements.length > 0) this.carried = movements.pop()!;
    return { movements, legsRead: legs.length };
  }
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
