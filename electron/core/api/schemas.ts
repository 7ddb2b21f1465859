import { z } from 'zod';
import { providerIds } from '../domain/provider-id';

/**
 * Building blocks shared by the channel schemas. The contract is imported by the renderer for its
 * types, so nothing here may pull in Node or Electron.
 */
export { providerIds, type ProviderId } from '../domain/provider-id';
export const providerIdSchema = z.enum(providerIds);

/** What the cashier typed (parsed by the core's money parser) or an integer from code. */
export const amountInputSchema = z.union([z.string().max(40), z.number()]);

/** Integer rupiah on the way out: the renderer never sees a float. */
export const rupiahSchema = z.number().int().safe();

/** A client-made id for one button press, so a double-click or a repeated call records once. */
export const requestIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'requestId hanya boleh huruf, angka, - dan _');

export const noteSchema = z.string().max(200).optional();

/**
 * A calendar date as YYYY-MM-DD, and a real one: 2026-02-30 or 2026-13-01 is refused, not rolled
 * over into another day. Every date a channel takes or gives uses this one schema.
 */
export const businessDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berbentuk YYYY-MM-DD')
  .refine(isCalendarDate, 'Tanggal tidak ada di kalender');

export function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const accountKindSchema = z.enum(['asset', 'liability', 'income', 'expense', 'equity']);

/** The outlet's time zone: WIB, WITA or WIT. */
export const outletTimeZoneSchema = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'], { error: 'Zona waktu harus WIB, WITA atau WIT.' });
