import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupViews } from '../../../electron/core/backups';
import { openLedger } from '../../../electron/core/ledger';
import { latestVersion } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { mustCall } from './backup-support';

/**
 * A backup made by an older version (an older schema) is restored and brought up to date as the core
 * re-opens on it: migrations run, with their usual pre-migration backup first. The outlet here never
 * made a backup before (no backups folder yet): the kept-aside file makes it.
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('restoring an older backup', () => {
  it('migrates it to this version when the core re-opens', async () => {
    const t = await openTestCore();
    cleanups.push(() => t.close());
    const stick = makeTempDir('loket-stick-');
    cleanups.push(stick.cleanup);
    // A ledger as version 13 of the schema left it (before users existed), with a marker.
    const older = join(stick.dir, 'loket-lama.db');
    const oldDb = await openLedger({ file: older, backupDir: join(stick.dir, 'b'), migrations: migrations.filter((m) => m.version <= 13) });
    oldDb.prepare("INSERT INTO setting (key, value) VALUES ('restore-older-marker', 'v13')").run();
    oldDb.close();

    const answer = await mustCall(t.core)<{ restoredFrom: string }>('backups:restore', { file: older });
    expect(answer.restoredFrom).toBe(older);

    const now = new Database(join(t.dir, 'loket.db'), { readonly: true });
    try {
      expect(now.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
      expect(now.prepare("SELECT value FROM setting WHERE key = 'restore-older-marker'").get()).toEqual({ value: 'v13' });
    } finally {
      now.close();
    }
    // Read from the folder: on the migrated books nobody is signed in yet (the upgraded outlet's owner has no PIN here).
    const reasons = backupViews(join(t.dir, 'backups')).map((b) => b.reason);
    expect(reasons).toEqual(expect.arrayContaining(['pre-migration-v13', 'before-restore']));
  });
});
