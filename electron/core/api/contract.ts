import { z } from 'zod';
import {
  accountKindSchema,
  amountInputSchema,
  businessDaySchema,
  noteSchema,
  providerIdSchema,
  requestIdSchema,
  rupiahSchema,
} from './schemas';

/**
 * THE contract: every call the renderer can make, with its input and output schema. Electron main
 * binds it to ipcMain.handle, the preload builds `window.pos` from its channel names, the headless
 * server binds it to POST /api/<channel>. There is no other way into the core.
 */
const accountBalance = z.object({
  code: z.string(),
  name: z.string(),
  kind: accountKindSchema,
  provider: providerIdSchema.nullable(),
  /** In the account's natural sign: an asset's or an income's balance is positive when it has money. */
  balance: rupiahSchema,
});

const recorded = z.object({ entryId: z.number().int(), duplicate: z.boolean() });

const journalEntry = z.object({
  id: z.number().int(),
  at: z.number().int(),
  businessDay: businessDaySchema,
  kind: z.string(),
  memo: z.string(),
  postings: z.array(z.object({ account: z.string(), accountName: z.string(), amount: rupiahSchema })),
});

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

export const contract = {
  'app:info': {
    input: z.object({}).strict(),
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      timeZone: z.string(),
      businessDay: businessDaySchema,
    }),
  },
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
    output: recorded,
  },
  'ledger:recordOwnerWithdrawal': {
    input: z.object({ requestId: requestIdSchema, amount: amountInputSchema, note: noteSchema }).strict(),
    output: recorded,
  },
  'ledger:journalForDay': {
    input: z.object({ day: businessDaySchema.optional() }).strict(),
    output: z.object({ day: businessDaySchema, entries: z.array(journalEntry) }),
  },
  'money:previewAmount': {
    input: z.object({ text: amountInputSchema }).strict(),
    output: z.object({ amount: rupiahSchema }),
  },
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

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Push events from the core to every open screen. */
export const events = {
  'ledger:changed': z.object({ entryId: z.number().int() }),
  'providers:changed': z.object({ provider: providerIdSchema }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export type ErrorBody = { code: string; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };
