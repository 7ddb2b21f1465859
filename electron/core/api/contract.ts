import { z } from 'zod';
import { appChannels } from './channels/app';
import { catalogChannels } from './channels/catalog';
import { ledgerChannels } from './channels/ledger';
import { providerChannels } from './channels/providers';
import { receiptChannels } from './channels/receipts';
import { salesChannels, saleStateSchema } from './channels/sales';
import { shiftChannels } from './channels/shifts';
import { reportChannels } from './channels/reports';
import { exportChannels, exportEvents } from './channels/exports';
import { flightChannels, flightEvents } from './channels/flights';
import { authChannels } from './channels/auth';
import { auditChannels } from './channels/audit';
import { backupChannels, backupEvents } from './channels/backups';
import { providerIdSchema } from './schemas';

/**
 * THE contract: every call the renderer can make, with its input and output schema (one file per
 * domain under channels/). Electron main binds it to ipcMain.handle, the preload builds `window.pos`
 * from its channel names, the headless server binds it to POST /api/<channel>. There is no other
 * way into the core.
 */
export const contract = {
  ...appChannels,
  ...ledgerChannels,
  ...providerChannels,
  ...catalogChannels,
  ...salesChannels,
  ...receiptChannels,
  ...shiftChannels,
  ...reportChannels,
  ...exportChannels,
  ...flightChannels,
  ...authChannels,
  ...auditChannels,
  ...backupChannels,
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
  'sales:updated': z.object({ saleId: z.number().int(), state: saleStateSchema }),
  'catalog:syncProgress': z.object({
    provider: providerIdSchema,
    stage: z.enum(['fetching', 'saving', 'done', 'failed']),
    done: z.number().int(),
    total: z.number().int(),
    message: z.string().nullable(),
  }),
  /** A shift opened or closed, or a day closed: Home and the selling screens refresh. */
  'shifts:changed': z.object({ shiftId: z.number().int().nullable() }),
  ...exportEvents,
  ...flightEvents,
  ...backupEvents,
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export type ErrorBody = { code: string; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };
