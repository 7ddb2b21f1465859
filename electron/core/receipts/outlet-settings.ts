import type Database from 'better-sqlite3';

/** What the receipt header and footer say about the outlet (Settings writes these keys). */
export interface OutletSettings {
  name: string;
  address: string | null;
  phone: string | null;
  footer: string;
}

export const OUTLET_SETTING_KEYS = {
  name: 'outlet_name',
  address: 'outlet_address',
  phone: 'outlet_phone',
  footer: 'receipt_footer',
} as const;

export const DEFAULT_OUTLET_NAME = 'LOKET PPOB';
export const DEFAULT_RECEIPT_FOOTER = 'Terima kasih. Simpan struk ini sebagai bukti pembayaran yang sah.';

/**
 * Read from the `setting` table (migration 001). A missing or blank key means the default: an
 * outlet that never opened Settings still gets a readable receipt, and a setting never stops a print.
 */
export function readOutletSettings(db: Database.Database): OutletSettings {
  const rows = db
    .prepare(`SELECT key, value FROM setting WHERE key IN (${Object.values(OUTLET_SETTING_KEYS).map(() => '?').join(', ')})`)
    .all(...Object.values(OUTLET_SETTING_KEYS)) as { key: string; value: string }[];
  const value = (key: string): string | null => {
    const text = rows.find((r) => r.key === key)?.value.trim();
    return text ? text : null;
  };
  return {
    name: value(OUTLET_SETTING_KEYS.name) ?? DEFAULT_OUTLET_NAME,
    address: value(OUTLET_SETTING_KEYS.address),
    phone: value(OUTLET_SETTING_KEYS.phone),
    footer: value(OUTLET_SETTING_KEYS.footer) ?? DEFAULT_RECEIPT_FOOTER,
  };
}
