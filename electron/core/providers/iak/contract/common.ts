import { z } from 'zod';

/**
 * Field types IAK is loose about. Its docs call amounts "Double", its samples send numbers, the PHP
 * SDK mock sends `"balance": "99989150"` and callbacks send every value as a string. The contract
 * accepts both spellings; amounts stay raw here and are parsed exactly once by the client mapping
 * (parseProviderAmount), so a bad amount becomes a mapped answer rather than a thrown error.
 */
export const looseMoney = z.union([z.number(), z.string()]);
export type LooseMoney = z.infer<typeof looseMoney>;

/** Text that may come as a number (tr_id 3482 vs "3482") or be null/absent. */
export const optText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? undefined : String(v)));

/** Response codes: "00", "39", "201"; a numeric 0 or "6" is read as "00"/"06". */
export function normalizeRc(value: string | number): string {
  const text = String(value).trim();
  return /^\d$/.test(text) ? `0${text}` : text;
}
export const rcSchema = z.union([z.string(), z.number()]).transform(normalizeRc);
export const optRc = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? undefined : normalizeRc(v)));

/** Transaction status: 0/1/2(/3) as a number (top-up), a string (callback, inquiry-pln) or 1.0. */
export const optStatus = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined) return undefined;
    const n = Number(v);
    return Number.isInteger(n) && String(v).trim() !== '' ? String(n) : String(v);
  });

/** Request fields a client may send as number or string (tr_id, month). */
export const textOrNumber = z.union([z.string().min(1), z.number()]).transform((v) => String(v));
