import { z } from 'zod';
import { amountInputSchema, businessDaySchema, outletTimeZoneSchema, providerIdSchema, rupiahSchema } from '../schemas';

const appInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  timeZone: z.string(),
  businessDay: businessDaySchema,
  /** Each provider's mode: Sandbox (training, simulators) or Live (real money). Not a secret: the headless start prints it. */
  providers: z.array(z.object({ id: providerIdSchema, name: z.string(), mode: z.enum(['sandbox', 'live']) })),
});

export const appChannels = {
  'app:info': {
    input: z.object({}).strict(),
    output: appInfo,
  },
  /** The outlet's time zone (WIB, WITA, WIT): new sales and entries take their business day from it. */
  'app:setTimeZone': {
    input: z.object({ timeZone: outletTimeZoneSchema }).strict(),
    output: appInfo,
  },
  /** Lets a screen show the core's own reading of typed money before asking to confirm it. */
  'money:previewAmount': {
    input: z.object({ text: amountInputSchema }).strict(),
    output: z.object({ amount: rupiahSchema }),
  },
} as const;
