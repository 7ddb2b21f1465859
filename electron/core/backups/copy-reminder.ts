import type Database from 'better-sqlite3';

/** When a backup was last copied out of this computer (ms since the epoch), in the setting table. */
export const LAST_COPIED_KEY = 'backup_last_copied_at';
export const REMINDER_AFTER_MS = 7 * 86_400_000;

export function readLastCopiedAt(db: Database.Database): number | null {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(LAST_COPIED_KEY) as { value: string } | undefined;
  const at = row ? Number(row.value) : Number.NaN;
  return Number.isSafeInteger(at) ? at : null;
}

export function recordCopiedOut(db: Database.Database, at: number): void {
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(LAST_COPIED_KEY, String(at));
}

/**
 * One broken disk would lose the books unless a copy lives elsewhere: remind when nothing was copied
 * out for 7 days. Never copied: counted from when the outlet started (its first journal entry or its
 * setup, whichever is older), so a brand-new outlet is not nagged on its first day.
 */
export function copyReminderDue(db: Database.Database, lastCopiedAt: number | null, now: number): boolean {
  const since = lastCopiedAt ?? outletStartedAt(db);
  return since !== null && now - since >= REMINDER_AFTER_MS;
}

function outletStartedAt(db: Database.Database): number | null {
  // The first entry by id (ids only grow): one row read, not a scan of a year of journal.
  const firstEntry = (db.prepare('SELECT at FROM journal_entry ORDER BY id LIMIT 1').get() as { at: number } | undefined)?.at ?? null;
  const candidates = [firstEntry, setupAt(db)].filter((at): at is number => typeof at === 'number');
  return candidates.length > 0 ? Math.min(...candidates) : null;
}

/** Written by the first-run setup (users/setup-state.ts); a ledger from before setup existed has none. */
const SETUP_COMPLETED_SETTING = 'setup.completedAt';

function setupAt(db: Database.Database): number | null {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(SETUP_COMPLETED_SETTING) as { value: string } | undefined;
  const at = row ? Number(row.value) : Number.NaN;
  return Number.isSafeInteger(at) ? at : null;
}
