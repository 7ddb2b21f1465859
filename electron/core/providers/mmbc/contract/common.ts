import { z } from 'zod';

/**
 * Pieces every MMBC answer shares. MMBC sends everything as strings (sometimes numbers, e.g. the
 * AirAsia `flight_publishfare: 0`), money sometimes with thousands separators ("99,999"), and says
 * `result: "ok"` or `result: "no"` with a `reason` (booking validation uses `message` instead).
 */
export const text = z.union([z.string(), z.number()]).transform((v) => String(v));
export const optionalText = text.optional();
/** Money as sent; converted to Rupiah by the client with parseProviderAmount, never here. */
export const moneyText = z.union([z.string(), z.number()]);

export const resultField = z.string().transform((v) => v.trim().toLowerCase());

/** Any `result: "no"` answer. */
export const refusalSchema = z.object({
  result: resultField.pipe(z.literal('no')),
  reason: optionalText,
  message: optionalText,
  login: optionalText,
});
export type MmbcRefusal = z.output<typeof refusalSchema>;

/** Authenticated request fields (form-urlencoded strings). */
export const authFields = { username: z.string().min(1), password: z.string().min(1) };

/** A whole decimal count sent as a form field ("1", "0"). */
export const countField = z.string().regex(/^\d{1,2}$/);

/** The plain-text reason of a refusal, whichever field carried it. */
export function refusalText(refusal: MmbcRefusal): string {
  return (refusal.reason ?? refusal.message ?? '').trim();
}
