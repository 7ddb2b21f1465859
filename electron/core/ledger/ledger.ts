import type Database from 'better-sqlite3';
import { businessDayOf, type OutletTimeZone } from '../clock/business-day';
import { assertAccountsStayInBounds } from './account-bound';
import { AccountDirectory } from './accounts';
import { exactRawBalance, listBalances, rawBalance, type AccountBalance } from './balances';
import { listEntriesForDay, type JournalEntryView } from './entries';
import { Journal, validateEntry, type EntryInput, type PostResult } from './journal';

export interface LedgerOptions {
  now?: () => number;
  timeZone: OutletTimeZone;
}

/**
 * The ledger as the rest of the core uses it: post entries (inside one synchronous SQLite
 * transaction each), read balances and entries. Holds no money state of its own.
 */
export class Ledger {
  readonly accounts: AccountDirectory;
  readonly journal: Journal;
  readonly now: () => number;
  private zone: OutletTimeZone;
  private readonly inTransaction: Database.Transaction<(fn: () => unknown) => unknown>;

  constructor(
    readonly db: Database.Database,
    options: LedgerOptions,
  ) {
    this.accounts = new AccountDirectory(db);
    this.journal = new Journal(db, this.accounts);
    this.now = options.now ?? Date.now;
    this.zone = options.timeZone;
    // Wrapped once: better-sqlite3 builds a new wrapper per db.transaction() call otherwise.
    this.inTransaction = db.transaction((fn: () => unknown) => fn());
  }

  /** The outlet's zone: new entries and sales take their business day from it; written rows keep theirs. */
  get timeZone(): OutletTimeZone {
    return this.zone;
  }

  /** The owner moved the outlet to another zone (Settings): applies from the next entry on. */
  setTimeZone(zone: OutletTimeZone): void {
    this.zone = zone;
  }

  businessDay(atMs = this.now()): string {
    return businessDayOf(atMs, this.zone);
  }

  /** Runs `fn` as one IMMEDIATE transaction: it must be synchronous (no await, no HTTP inside). */
  transaction<T>(fn: () => T): T {
    return this.inTransaction.immediate(fn) as T;
  }

  /**
   * Posts one entry in its own transaction, stamped with the current time and business day. A new
   * entry (owner operations, training deposits) may not carry an account past the balance limit; a
   * replay of a recorded key goes straight to the journal, which answers it as before.
   */
  post(entry: Omit<EntryInput, 'at' | 'businessDay'>): PostResult {
    const at = this.now();
    const stamped = { ...entry, at, businessDay: this.businessDay(at) };
    validateEntry(stamped);
    return this.transaction(() => {
      if (!this.journal.isRecorded(entry.idemKey)) assertAccountsStayInBounds(this.db, this.accounts, entry.postings);
      return this.journal.post(stamped);
    });
  }

  balances(): AccountBalance[] {
    return listBalances(this.db);
  }

  /** Debit-positive balance; refuses (never rounds) a total beyond 2^53. */
  rawBalance(code: string): number {
    return rawBalance(this.db, code);
  }

  /** The same total as a BigInt: for start-up paths that must never fail on a balance. */
  exactRawBalance(code: string): bigint {
    return exactRawBalance(this.db, code);
  }

  entriesForDay(day: string, account?: string): JournalEntryView[] {
    return listEntriesForDay(this.db, day, account);
  }
}
