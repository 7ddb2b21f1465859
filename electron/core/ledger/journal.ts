import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { isRupiah, type Rupiah } from '../money';
import type { AccountDirectory } from './accounts';
import { actingUserId } from '../users/call-context';

export interface PostingInput {
  account: string;
  /** Signed integer rupiah: positive = debit, negative = credit. */
  amount: Rupiah;
}

export interface EntryInput {
  /** Makes the entry idempotent: the same key twice records once (double-click, retried IPC, replay). */
  idemKey: string;
  kind: string;
  memo: string;
  at: number;
  businessDay: string;
  postings: PostingInput[];
  reversesId?: number;
}

export interface PostResult {
  entryId: number;
  duplicate: boolean;
}

/**
 * The only writer of the journal. It checks the double-entry rules before touching the database
 * (>= 2 postings, integer amounts, sum zero) and is meant to be called inside the caller's
 * transaction, so an entry and the state change it belongs to commit together or not at all.
 * There is deliberately no update or delete here: corrections are reversing entries.
 */
export class Journal {
  private readonly findByKey: Database.Statement;
  private readonly insertEntry: Database.Statement;
  private readonly insertPostings = new Map<number, Database.Statement>();
  private readonly postingsOf: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly accounts: AccountDirectory,
  ) {
    this.findByKey = db.prepare('SELECT id FROM journal_entry WHERE idem_key = ?');
    // ON CONFLICT DO NOTHING: the common case (a new key) costs one statement, not a lookup first.
    this.insertEntry = db.prepare(
      `INSERT INTO journal_entry (idem_key, kind, memo, at, business_day, reverses_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (idem_key) DO NOTHING`,
    );
    this.postingsOf = db.prepare(
      'SELECT a.code AS account, p.amount AS amount FROM posting p JOIN account a ON a.id = p.account_id WHERE p.entry_id = ? ORDER BY p.id',
    );
  }

  post(entry: EntryInput): PostResult {
    validateEntry(entry);
    const accountIds = entry.postings.map((p) => this.accounts.get(p.account).id);
    const info = this.insertEntry.run(entry.idemKey, entry.kind, entry.memo, entry.at, entry.businessDay, entry.reversesId ?? null, actingUserId());
    if (info.changes === 0) {
      const existing = this.findByKey.get(entry.idemKey) as { id: number };
      this.assertSamePostings(existing.id, entry);
      return { entryId: existing.id, duplicate: true };
    }
    const entryId = Number(info.lastInsertRowid);
    const values = entry.postings.flatMap((p, i) => [entryId, accountIds[i], p.amount]);
    this.postingInsert(entry.postings.length).run(values);
    return { entryId, duplicate: false };
  }

  isRecorded(idemKey: string): boolean {
    return this.findByKey.get(idemKey) !== undefined;
  }

  /** One multi-row INSERT per entry, prepared once per posting count. */
  private postingInsert(count: number): Database.Statement {
    let statement = this.insertPostings.get(count);
    if (!statement) {
      const rows = Array.from({ length: count }, () => '(?, ?, ?)').join(', ');
      statement = this.db.prepare(`INSERT INTO posting (entry_id, account_id, amount) VALUES ${rows}`);
      this.insertPostings.set(count, statement);
    }
    return statement;
  }

  /** A reused key with different money is a bug or a tampered request: refuse, never merge. */
  private assertSamePostings(entryId: number, entry: EntryInput): void {
    const stored = this.postingsOf.all(entryId) as { account: string; amount: number }[];
    const same =
      stored.length === entry.postings.length &&
      stored.every((p, i) => p.account === entry.postings[i]?.account && p.amount === entry.postings[i]?.amount);
    if (!same) {
      throw new AppError('conflict', 'Permintaan ini sudah tercatat dengan isi yang berbeda; tidak dicatat ulang.');
    }
  }
}

export function validateEntry(entry: EntryInput): void {
  if (entry.postings.length < 2) throw new Error('A journal entry needs at least two postings');
  let sum = 0;
  for (const p of entry.postings) {
    if (!isRupiah(p.amount) || p.amount === 0) throw new Error(`Posting amount must be a non-zero integer: ${String(p.amount)}`);
    sum += p.amount;
  }
  if (sum !== 0) throw new Error(`Journal entry does not balance (sum ${sum})`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.businessDay)) throw new Error(`Bad business day ${entry.businessDay}`);
}
