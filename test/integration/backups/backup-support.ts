import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Core } from '../../../electron/core/app/core';
import { OWNER_SESSION } from '../../support/sessions';

export type Refusal = { code: string; message: string };

/** Calls as the owner; a refusal comes back as a value (these tests look at refusals closely). */
export function ownerCall(core: Core) {
  return async <T>(channel: string, input: unknown = {}): Promise<{ ok: true; value: T } | { ok: false; error: Refusal }> =>
    (await core.dispatch(channel, input, OWNER_SESSION)) as { ok: true; value: T } | { ok: false; error: Refusal };
}

export function mustCall(core: Core) {
  const call = ownerCall(core);
  return async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const result = await call<T>(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
}

export interface BackupList {
  backups: { name: string; at: number; bytes: number; reason: string }[];
  lastCopiedAt: number | null;
  reminder: boolean;
}

/** Edits a copy of a ledger file with plain SQL (to make the odd files restore must refuse). */
export function editLedgerFile(file: string, edit: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    edit(db);
  } finally {
    db.close();
  }
}

export const backupFile = (dataDir: string, name: string): string => join(dataDir, 'backups', name);
