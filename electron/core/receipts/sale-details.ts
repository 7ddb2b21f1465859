import type { SaleRecord } from '../sales/sale-record';

/**
 * Reading a sale's `details` (whatever each provider's answer and inquiry left there) for the
 * receipt: the first non-empty value among the keys the providers use for the same thing.
 */
export function detailText(sale: SaleRecord, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = sale.details[key];
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text) return text;
  }
  return null;
}

export function detailAmount(sale: SaleRecord, key: string): number | null {
  const value = sale.details[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

/** The serial split on '/', the PLN SN layout `token/name/segment/power/kWh` (IAK, Klikoo). */
export function serialParts(sale: SaleRecord): string[] {
  return (sale.serial ?? '').split('/').map((p) => p.trim());
}
