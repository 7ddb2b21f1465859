import type Database from 'better-sqlite3';

/** The setting row holding where the last clean start-up check ended (see verifyLedgerSinceCheckpoint). */
export const VERIFIED_CHECKPOINT_KEY = 'ledger_verified_checkpoint';

export interface Checkpoint {
  /** Highest journal_entry id checked. */
  entryId: number;
  /** Highest posting id checked. */
  postingId: number;
  /** Each account's posting sum up to `postingId` (account id -> exact total). */
  totals: Map<number, bigint>;
}

/** No checkpoint, or one this version cannot read: start from nothing (the whole journal is checked). */
export function readCheckpoint(db: Database.Database): Checkpoint {
  const none: Checkpoint = { entryId: 0, postingId: 0, totals: new Map() };
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(VERIFIED_CHECKPOINT_KEY) as { value: string } | undefined;
  if (!row) return none;
  try {
    const parsed = JSON.parse(row.value) as { entryId: unknown; postingId: unknown; totals: Record<string, unknown> };
    if (!Number.isSafeInteger(parsed.entryId) || !Number.isSafeInteger(parsed.postingId)) return none;
    const totals = new Map<number, bigint>();
    for (const [id, total] of Object.entries(parsed.totals)) {
      if (typeof total !== 'string' || !/^-?\d+$/.test(total)) return none;
      totals.set(Number(id), BigInt(total));
    }
    return { entryId: parsed.entryId as number, postingId: parsed.postingId as number, totals };
  } catch {
    return none;
  }
}

export function writeCheckpoint(db: Database.Database, checkpoint: Checkpoint): void {
  const value = JSON.stringify({
    entryId: checkpoint.entryId,
    postingId: checkpoint.postingId,
    // Decimal strings: a total past 2^53 stays exact.
    totals: Object.fromEntries([...checkpoint.totals].map(([id, total]) => [String(id), total.toString()])),
  });
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(VERIFIED_CHECKPOINT_KEY, value);
}
