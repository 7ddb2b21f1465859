import { z } from 'zod';
import { businessDaySchema } from '../schemas';

const who = z.object({ id: z.number().int().positive(), name: z.string() });

/** One line of the audit log: append-only, never holds a PIN, credential or secret. */
const auditEntry = z.object({
  id: z.number().int().positive(),
  at: z.number().int(),
  businessDay: businessDaySchema,
  /** Null: nobody was signed in (a refused call before sign-in). */
  user: who.nullable(),
  /** The owner who approved a cashier's call with the owner PIN. */
  approvedBy: who.nullable(),
  /** The channel called, e.g. catalog:setMarkup. */
  action: z.string(),
  /** What it means in words, e.g. "mengubah harga jual". */
  label: z.string(),
  outcome: z.enum(['done', 'refused']),
  /** JSON text of what was there before and after (secrets replaced by "•••"); null when not relevant. */
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** The refusal's message, or a short note. */
  detail: z.string().nullable(),
});

export const auditChannels = {
  'audit:list': {
    input: z
      .object({
        from: businessDaySchema.optional(),
        to: businessDaySchema.optional(),
        userId: z.number().int().positive().optional(),
        outcome: z.enum(['done', 'refused']).optional(),
        action: z.string().max(60).optional(),
        /** Older than this id (paging back). */
        beforeId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ entries: z.array(auditEntry), nextBeforeId: z.number().int().nullable() }),
  },
} as const;
