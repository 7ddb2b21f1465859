import { z } from 'zod';
import {
  accountKindSchema,
  amountInputSchema,
  businessDaySchema,
  noteSchema,
  providerIdSchema,
  requestIdSchema,
  rupiahSchema,
} from '../schemas';
import { userRefSchema } from './sales';

const accountBalance = z.object({
  code: z.string(),
  name: z.string(),
  kind: accountKindSchema,
  provider: providerIdSchema.nullable(),
  /** In the account's natural sign: an asset's or an income's balance is positive when it has money. */
  balance: rupiahSchema,
});

const entryLimit = z.object({
  /** The owner's limit for one typed amount (opening cash, top-up, withdrawal, a selling price). */
  limit: rupiahSchema,
  defaultLimit: rupiahSchema,
  /** The owner cannot set the limit above this. */
  hardCap: rupiahSchema,
});

const recorded = z.object({ entryId: z.number().int(), duplicate: z.boolean() });

const journalEntry = z.object({
  id: z.number().int(),
  at: z.number().int(),
  businessDay: businessDaySchema,
  kind: z.string(),
  memo: z.string(),
  /** The entry's one amount: the sum of its debits (its legs are in `postings`). */
  amount: rupiahSchema,
  postings: z.array(z.object({ account: z.string(), accountName: z.string(), amount: rupiahSchema })),
  /** Who recorded it (the signed-in user of the call); null: background work, or before users existed. */
  user: userRefSchema.nullable(),
});

export const ledgerChannels = {
  'ledger:balances': {
    input: z.object({}).strict(),
    output: z.object({ accounts: z.array(accountBalance) }),
  },
  'ledger:recordOpeningCash': {
    input: z.object({ requestId: requestIdSchema, amount: amountInputSchema, note: noteSchema }).strict(),
    output: recorded,
  },
  'ledger:recordDepositTopUp': {
    input: z
      .object({
        requestId: requestIdSchema,
        provider: providerIdSchema,
        amount: amountInputSchema,
        source: z.enum(['cash', 'bank']),
        note: noteSchema,
      })
      .strict(),
    output: recorded.extend({
      /** The provider was in Sandbox: the real money waits for Live and the training deposit did not change. */
      parkedForLive: z.boolean(),
      /** 0 when the top-up went into the deposit. */
      parkedAmount: rupiahSchema,
    }),
  },
  'ledger:recordOwnerWithdrawal': {
    input: z.object({ requestId: requestIdSchema, amount: amountInputSchema, note: noteSchema }).strict(),
    output: recorded,
  },
  /** Takes back a mistyped owner operation with one reversing entry (once per entry). */
  'ledger:reverseOwnerEntry': {
    input: z
      .object({ requestId: requestIdSchema, entryId: z.number().int().positive(), reason: z.string().trim().min(3).max(200) })
      .strict(),
    output: recorded,
  },
  'ledger:entryLimit': {
    input: z.object({}).strict(),
    output: entryLimit,
  },
  'ledger:setEntryLimit': {
    input: z.object({ amount: amountInputSchema }).strict(),
    output: entryLimit,
  },
  /** Buku besar (owner page): one day's entries, optionally only those touching one account. */
  'ledger:journalForDay': {
    input: z.object({ day: businessDaySchema.optional(), account: z.string().max(60).optional() }).strict(),
    output: z.object({ day: businessDaySchema, entries: z.array(journalEntry) }),
  },
} as const;
