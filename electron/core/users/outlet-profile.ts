import type Database from 'better-sqlite3';
import type { OutletTimeZone } from '../clock/business-day';
import { storeTimeZone } from '../clock/time-zone-setting';
import { AppError } from '../errors/app-error';
import type { Ledger } from '../ledger';
import { OUTLET_SETTING_KEYS, readOutletSettings } from '../receipts/outlet-settings';
import { openShiftId } from '../shifts/shift-gate';

/** What setup asks about the outlet and Settings edits later. */
export interface OutletProfile {
  name: string;
  address: string;
  phone: string;
  footer: string;
  timeZone: OutletTimeZone;
}

/**
 * One store for the receipt and the profile: the texts are the receipt's outlet keys
 * (receipts/outlet-settings.ts), the zone is the ledger's live zone (stored by clock/time-zone-setting.ts).
 */
export function readOutletProfile(ledger: Ledger): OutletProfile {
  const outlet = readOutletSettings(ledger.db);
  return { name: outlet.name, address: outlet.address ?? '', phone: outlet.phone ?? '', footer: outlet.footer, timeZone: ledger.timeZone };
}

/** Writes the texts and the stored zone; the caller's transaction holds them together. */
export function storeOutletProfile(db: Database.Database, profile: OutletProfile): void {
  const put = db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  put.run(OUTLET_SETTING_KEYS.name, profile.name.trim());
  put.run(OUTLET_SETTING_KEYS.address, profile.address.trim());
  put.run(OUTLET_SETTING_KEYS.phone, profile.phone.trim());
  put.run(OUTLET_SETTING_KEYS.footer, profile.footer.trim());
  storeTimeZone(db, profile.timeZone);
}

/**
 * Settings › Outlet: the same rule as app:setTimeZone, a zone change waits for the counter to be
 * closed (a shift's day, report and close would straddle two zones); the texts can change any time.
 */
export function setOutletProfile(ledger: Ledger, profile: OutletProfile): OutletProfile {
  ledger.transaction(() => {
    refuseZoneChangeWhileOpen(ledger, profile.timeZone, 'Tutup kasir dulu sebelum mengganti zona waktu.');
    storeOutletProfile(ledger.db, profile);
  });
  ledger.setTimeZone(profile.timeZone);
  return readOutletProfile(ledger);
}

/**
 * A shift's business day, report and close would straddle two zones: the zone changes only while
 * the counter is closed (Settings, and the first-run setup of an upgraded outlet whose counter was
 * left open before the upgrade).
 */
export function refuseZoneChangeWhileOpen(ledger: Ledger, zone: OutletTimeZone, message: string): void {
  if (zone !== ledger.timeZone && openShiftId(ledger.db) !== null) throw new AppError('conflict', message);
}
