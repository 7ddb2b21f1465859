import { z } from 'zod';
import { amountInputSchema, businessDaySchema, outletTimeZoneSchema, rupiahSchema } from '../schemas';

export const appChannels = {
  'app:info': {
    input: z.object({}).strict(),
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      timeZone: z.string(),
      businessDay: businessDaySchema,
    }),
  },
  /** The outlet's time zone (WIB, WITA, WIT): new sales and entries take their business day from it. */
  'app:setTimeZone': {
    input: z.object({ timeZone: outletTimeZoneSchema }).strict(),
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      timeZone: z.string(),
      businessDay: businessDaySchema,
    }),
  },
  /** Lets a screen show the core's own reading of typed money before asking to confirm it. */
  'money:previewAmount': {
    input: z.object({ text: amountInputSchema }).strict(),
    output: z.object({ amount: rupiahSchema }),
  },
} as const;
