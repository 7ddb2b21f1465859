import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE, openCore } from '../../../electron/core/app/open-core';
import { readCheckpoint, VERIFIED_CHECKPOINT_KEY } from '../../../electron/core/ledger/verified-checkpoint';
import { channelCaller } from '../../support/core-fixture';
import { signInOwner } from '../../support/sessions';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Start-up checks only what was written since the last clean check (verify-since-checkpoint.ts);
 * these prove it through openCore itself, as the shells open it.
 */
const temp: { cleanup(): void }[] = [];
afterEach(() => {
  for (const t of temp.splice(0)) t.cleanup();
});

/** Opens the core as the app does and signs the owner in (setup the first time). */
const openOn = async (dir: string) => {
  const core = await openCore({ dataDir: dir, backupIntervalMs: 0, sandbox: {} });
  await signInOwner(core);
  return core;
};

function withFile<T>(dir: string, run: (db: Database.Database) => T): T {
  const db = new Database(join(dir, LEDGER_FILE));
  try {
    return run(db);
  } finally {
    db.close();
  }
}

describe('start-up ledger check', () => {
  it('opens a fresh data dir and remembers where its check ended', async () => {
    const t = makeTempDir();
    temp.push(t);
    const core = await openOn(t.dir);
    await channelCaller(core)('ledger:recordOpeningCash', { requestId: 'opening-float-1', amount: '500.000' });
    await core.close();
    expect(withFile(t.dir, (db) => readCheckpoint(db))).toMatchObject({ entryId: 0, postingId: 0 });

    (await openOn(t.dir)).close();
    expect(withFile(t.dir, (db) => readCheckpoint(db))).toMatchObject({ entryId: 1, postingId: 2 });
  });

  it('refuses to start on an unbalanced entry written after the checkpoint, and keeps refusing', async () => {
    const t = makeTempDir();
    temp.push(t);
    const core = await openOn(t.dir);
    await channelCaller(core)('ledger:recordOpeningCash', { requestId: 'opening-float-1', amount: '500.000' });
    await core.close();
    await (await openOn(t.dir)).close();
    const verified = withFile(t.dir, (db) => readCheckpoint(db));
    withFile(t.dir, (db) => {
      const id = Number(db.prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES ('bug:1', 'x', 'x', 0, '2026-11-30')").run().lastInsertRowid);
      db.prepare("INSERT INTO posting (entry_id, account_id, amount) VALUES (?, (SELECT id FROM account WHERE code = 'cash_drawer'), 700)").run(id);
      db.prepare("INSERT INTO posting (entry_id, account_id, amount) VALUES (?, (SELECT id FROM account WHERE code = 'owner_equity'), -500)").run(id);
    });

    await expect(openOn(t.dir)).rejects.toThrow('Ledger invariants broken: 2 postings summing to 200');
    await expect(openOn(t.dir)).rejects.toThrow('Ledger invariants broken: 2 postings summing to 200');
    expect(withFile(t.dir, (db) => readCheckpoint(db))).toEqual(verified);
  });

  it('opens a ledger from before checkpoints by checking all of it once', async () => {
    const t = makeTempDir();
    temp.push(t);
    const core = await openOn(t.dir);
    await channelCaller(core)('ledger:recordOpeningCash', { requestId: 'opening-float-1', amount: '500.000' });
    await core.close();
    // What an older Loket leaves: history, no checkpoint.
    withFile(t.dir, (db) => db.prepare('DELETE FROM setting WHERE key = ?').run(VERIFIED_CHECKPOINT_KEY));

    await (await openOn(t.dir)).close();
    expect(withFile(t.dir, (db) => readCheckpoint(db))).toMatchObject({ entryId: 1, postingId: 2 });
  });
});
