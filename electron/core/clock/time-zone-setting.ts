import type Database from 'better-sqlite3';
import { DEFAULT_TIME_ZONE, isOutletTimeZone, type OutletTimeZone } from './business-day';

/** Where the owner's choice (Settings: WIB, WITA, WIT) is kept, in the ledger's `setting` table. */
export const TIME_ZONE_SETTING = 'outlet.time_zone';

/** The stored zone, or null when none was chosen (or the row holds something unknown: a setting never stops the app). */
export function readStoredTimeZone(db: Database.Database): OutletTimeZone | null {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(TIME_ZONE_SETTING) as { value: string } | undefined;
  return isOutletTimeZone(row?.value) ? row.value : null;
}

export function storeTimeZone(db: Database.Database, zone: OutletTimeZone): void {
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(TIME_ZONE_SETTING, zone);
}

/**
 * The zone a core opens with: an explicit option (tests, shells) wins, then the owner's stored
 * choice, then LOKET_TIME_ZONE (a headless install set up before the setting existed), then WIB.
 */
export function resolveTimeZone(explicit: OutletTimeZone | undefined, stored: OutletTimeZone | null, env: string | undefined): OutletTimeZone {
  if (explicit) return explicit;
  if (stored) return stored;
  return isOutletTimeZone(env) ? env : DEFAULT_TIME_ZONE;
}
