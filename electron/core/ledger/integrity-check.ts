import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';

/** When the ledger file last passed SQLite's quick_check (ms since the epoch), in the setting table. */
export const INTEGRITY_CHECKED_KEY = 'ledger_quick_check_at';

/** A cleanly closed ledger is checked again after this long even so. */
export const INTEGRITY_CHECK_EVERY_MS = 7 * 86_400_000;

/**
 * Read BEFORE the file is opened: SQLite removes the -wal file when the last connection closes, so
 * one with content means the previous session ended without closing (crash, power cut, killed):
 * exactly when damage is most likely and the file must be checked before selling.
 */
export function closedUncleanly(file: string): boolean {
  try {
    return statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * PRAGMA quick_check reads every page: on a year of busy history (1,000,000 sales, 1.5 GB) it takes
 * 15 s with the file cached and over a minute from disk, so it cannot run on every start. It runs
 * when the last session did not close cleanly, when the file never passed one (a new or upgraded
 * ledger), when the last pass is older than INTEGRITY_CHECK_EVERY_MS, or when the clock went back.
 * Damage in between still surfaces as an SQLite error on the first read of a bad page.
 */
export function integrityCheckDue(db: Database.Database, uncleanClose: boolean, now: number): boolean {
  if (uncleanClose) return true;
  let last: number;
  try {
    const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(INTEGRITY_CHECKED_KEY) as { value: string } | undefined;
    last = row ? Number(row.value) : Number.NaN;
  } catch {
    return true; // no setting table: a new file or not a Loket ledger; checking is cheap or necessary
  }
  return !Number.isSafeInteger(last) || now < last || now - last >= INTEGRITY_CHECK_EVERY_MS;
}

/** Remembers a passed check, after migrations (a file without a setting table is simply checked again next time). */
export function recordIntegrityCheck(db: Database.Database, at: number): void {
  const hasSettings = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'setting'").get() !== undefined;
  if (!hasSettings) return;
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(INTEGRITY_CHECKED_KEY, String(at));
}
