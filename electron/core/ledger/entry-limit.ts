import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import {
  assertWithinEntryLimit,
  DEFAULT_ENTRY_LIMIT,
  ENTRY_LIMIT_HARD_CAP,
  formatRupiah,
  isRupiah,
  parseCashierAmount,
  rupiah,
  type Rupiah,
} from '../money';

/** The owner's per-transaction limit, kept in the `setting` table (migration 001). */
const KEY = 'entry_limit';

export interface EntryLimitView {
  limit: Rupiah;
  defaultLimit: Rupiah;
  hardCap: Rupiah;
}

/** A missing or unreadable setting means the default: a setting never stops the app. */
export function readEntryLimit(db: Database.Database): Rupiah {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(KEY) as { value: string } | undefined;
  const value = row ? Number(row.value) : NaN;
  return isRupiah(value) && value > 0 && value <= ENTRY_LIMIT_HARD_CAP ? rupiah(value) : DEFAULT_ENTRY_LIMIT;
}

export function entryLimitView(db: Database.Database): EntryLimitView {
  return { limit: readEntryLimit(db), defaultLimit: DEFAULT_ENTRY_LIMIT, hardCap: ENTRY_LIMIT_HARD_CAP };
}

export function setEntryLimit(db: Database.Database, input: string | number): EntryLimitView {
  const limit = parseCashierAmount(input);
  if (limit > ENTRY_LIMIT_HARD_CAP) {
    throw new AppError('invalid_input', `Batas per transaksi paling tinggi ${formatRupiah(ENTRY_LIMIT_HARD_CAP)}.`);
  }
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, String(limit));
  return entryLimitView(db);
}

/** What the owner or cashier typed, read by the money parser and held to the owner's limit. */
export function parseTypedAmount(db: Database.Database, input: string | number): Rupiah {
  const limit = readEntryLimit(db);
  return assertWithinEntryLimit(parseCashierAmount(input, limit, true), limit);
}
