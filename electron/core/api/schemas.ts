import { z } from 'zod';

/**
 * Building blocks shared by the channel schemas. The contract is imported by the renderer for its
 * types, so nothing here may pull in Node or Electron.
 */
export const providerIds = ['mmbc', 'iak', 'ayoconnect', 'klikoo'] as const;
export const providerIdSchema = z.enum(providerIds);
export type ProviderId = z.infer<typeof providerIdSchema>;

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

export const businessDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berbentuk YYYY-MM-DD');

export const accountKindSchema = z.enum(['asset', 'liability', 'income', 'expense', 'equity']);
