import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/app/open-core';
import { backupDatabase, openLedger, restoreBackup } from '../../../electron/core/ledger';
import { expectPrivate, modeOf } from './expect-private';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Issue 7 item 16: the data folder is the owner's alone and the database files are 0600, whatever
 * umask the app was started with (umask 000 here: every file would otherwise be world-writable).
 * The desktop app opens the same core on Electron's userData (test/unit/main/file-modes.test.ts).
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
    const core = await openCore({ dataDir, backupIntervalMs: 0, sandbox: {} });
    try {
      expect(await core.dispatch('ledger:recordOpeningCash', { requestId: 'modes-cash-1', amount: '1000' })).toMatchObject({ ok: true });
      const db = await openLedger({ file: join(dataDir, 'loket.db'), backupDir: join(dataDir, 'backups') });
      await backupDatabase(db, join(dataDir, 'backups'), 'scheduled');
      db.close();
      expectPrivate(dataDir);
    } finally {
      await core.close();
    }
  });

  it('tightens a data folder and files an older version left open, and a restored database', async () => {
    const dataDir = join(temp.dir, 'Loket');
    const first = await openCore({ dataDir, backupIntervalMs: 0, sandbox: {} });
    await first.close();
    const { chmodSync } = await import('node:fs');
    chmodSync(dataDir, 0o777);
    chmodSync(join(dataDir, 'loket.db'), 0o666);
    const db = await openLedger({ file: join(dataDir, 'loket.db'), backupDir: join(dataDir, 'backups') });
    const backup = await backupDatabase(db, join(dataDir, 'backups'), 'manual');
    db.close();
    chmodSync(backup.file, 0o644);
    restoreBackup(backup.file, join(dataDir, 'loket.db'));
    expect(modeOf(join(dataDir, 'loket.db')).toString(8)).toBe('600');
    chmodSync(backup.file, 0o600);
    const again = await openCore({ dataDir, backupIntervalMs: 0, sandbox: {} });
    try {
      expect(await again.dispatch('ledger:recordOpeningCash', { requestId: 'modes-cash-2', amount: '1000' })).toMatchObject({ ok: true });
      expectPrivate(dataDir);
    } finally {
      await again.close();
    }
  });
});
