import { z } from 'zod';
import { amountInputSchema, businessDaySchema, rupiahSchema } from '../schemas';

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
  /** Lets a screen show the core's own reading of typed money before asking to confirm it. */
  'money:previewAmount': {
    input: z.object({ text: amountInputSchema }).strict(),
    output: z.object({ amount: rupiahSchema }),
  },
} as const;
