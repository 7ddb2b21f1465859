import { z } from 'zod';
import { providerIdSchema, rupiahSchema } from '../schemas';

const providerMode = z.enum(['sandbox', 'live']);

const providerStatus = z.object({
  id: providerIdSchema,
  name: z.string(),
  mode: providerMode,
  /** Where calls go now: the local simulator in sandbox mode, the configured URL in live mode. */
  baseUrl: z.string().nullable(),
  liveBaseUrl: z.string().nullable(),
  /** Which credential fields are stored for live mode; values never leave the main process. */
  credentialFields: z.array(z.object({ name: z.string(), label: z.string(), stored: z.boolean(), multiline: z.boolean() })),
  lastOkAt: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.number().int().nullable(),
});

export const providerChannels = {
  'providers:list': {
    input: z.object({}).strict(),
    output: z.object({ providers: z.array(providerStatus) }),
  },
  'providers:testConnection': {
    input: z.object({ provider: providerIdSchema }).strict(),
    output: z.object({ ok: z.boolean(), balance: rupiahSchema.nullable(), message: z.string(), checkedAt: z.number().int() }),
  },
  'providers:configure': {
    input: z
      .object({
        provider: providerIdSchema,
        mode: providerMode,
        liveBaseUrl: z.string().max(300).optional(),
        /** Only the fields being changed; an empty string clears a stored field. */
        credentials: z.record(z.string().max(40), z.string().max(8000)).optional(),
      })
      .strict(),
    output: providerStatus,
  },
} as const;
