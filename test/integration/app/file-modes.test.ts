import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/app/open-core';
import { restoreBackup } from '../../../electron/core/ledger';
import { expectPrivateAfterStop, expectPrivateWhileOpen, modeOf, QUICK_BACKUP_MS, waitForCoreBackup } from './expect-private';
import { makeTempDir } from '../../support/temp-dir';
import { OWNER_SESSION, signInOwner } from '../../support/sessions';

/**
 * Issue 7 item 16: the data folder is the owner's alone and the database files are 0600, whatever
 * umask the app was started with (umask 000 here: every file would otherwise be world-writable).
 * Every mode is read as the core left it: the core creates the files and makes the backup (its own
 * schedule), the test only stats. The desktop app opens the same core on Electron's userData
 * (test/unit/main/file-modes.test.ts).
 */
let previousUmask: number;
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  previousUmask = process.umask(0o000);
  temp = makeTempDir();
});
afterEach(() => {
  process.umask(previousUmask);
  temp.cleanup();
});

describe('file modes under umask 000 (headless mode)', () => {
  it('creates the data folder 0700, loket.db and its -wal/-shm 0600, backups 0700/0600', async () => {
    const dataDir = join(temp.dir, 'Loket'); // not there yet: the app creates it
    const core = await openCore({ dataDir, backupIntervalMs: QUICK_BACKUP_MS, sandbox: {} });
    try {
      await signInOwner(core);
      expect(await core.dispatch('ledger:recordOpeningCash', { requestId: 'modes-cash-1', amount: '1000' }, OWNER_SESSION)).toMatchObject({ ok: true });
      await waitForCoreBackup(dataDir);
      expectPrivateWhileOpen(dataDir);
    } finally {
      await core.close();
    }
    expectPrivateAfterStop(dataDir);
  });

  it('a restored database is 0600 even from a world-readable backup', async () => {
    const dataDir = join(temp.dir, 'Loket');
    const first = await openCore({ dataDir, backupIntervalMs: 0, sandbox: {} });
    await first.close();
    // A copy of the closed database, as a backup an older version (or a USB stick) left 0644.
    const elsewhere = join(temp.dir, 'elsewhere');
    mkdirSync(elsewhere);
    const loose = join(elsewhere, 'loket-old.db');
    copyFileSync(join(dataDir, 'loket.db'), loose);
    chmodSync(loose, 0o644);
    restoreBackup(loose, join(dataDir, 'loket.db'));
    expect(modeOf(join(dataDir, 'loket.db')).toString(8)).toBe('600');
  });

  it('tightens the folder, loket.db and the -wal/-shm an older version left open', async () => {
    const dataDir = join(temp.dir, 'Loket');
    const first = await openCore({ dataDir, backupIntervalMs: 0, sandbox: {} });
    await first.close();
    chmodSync(dataDir, 0o777);
    chmodSync(join(dataDir, 'loket.db'), 0o666);
    // A version without item 16 still has the database open: SQLite made its -wal/-shm with the
    // database file's mode, 0666. (Empty leftovers would prove nothing: SQLite re-modes a 0-byte file itself.)
    const older = new Database(join(dataDir, 'loket.db'));
    let again: Awaited<ReturnType<typeof openCore>> | undefined;
    try {
      older.prepare('SELECT COUNT(*) FROM sqlite_master').get();
      for (const suffix of ['-wal', '-shm']) expect(modeOf(join(dataDir, `loket.db${suffix}`)).toString(8)).toBe('666');
      again = await openCore({ dataDir, backupIntervalMs: QUICK_BACKUP_MS, sandbox: {} });
      await signInOwner(again);
      expect(await again.dispatch('ledger:recordOpeningCash', { requestId: 'modes-cash-2', amount: '1000' }, OWNER_SESSION)).toMatchObject({ ok: true });
      await waitForCoreBackup(dataDir);
      expectPrivateWhileOpen(dataDir);
    } finally {
      older.close();
      await again?.close();
    }
    expectPrivateAfterStop(dataDir);
  });
});
