import type Database from 'better-sqlite3';

/** Minutes without use before the screen locks (the renderer runs the timer; the owner sets it). */
export const IDLE_LOCK_SETTING = 'auth.idle_lock_minutes';
export const DEFAULT_IDLE_LOCK_MINUTES = 5;

export function readIdleLockMinutes(db: Database.Database): number {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(IDLE_LOCK_SETTING) as { value: string } | undefined;
  const minutes = Number(row?.value);
  // A setting never stops the app: anything unreadable is the default.
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= 240 ? minutes : DEFAULT_IDLE_LOCK_MINUTES;
}

export function storeIdleLockMinutes(db: Database.Database, minutes: number): void {
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(IDLE_LOCK_SETTING, String(minutes));
}
