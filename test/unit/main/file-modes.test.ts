import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../electron/core/app/open-core';
import { startMain } from '../../../electron/main/lifecycle';
import * as fake from '../../fakes/electron';
import { makeTempDir } from '../../support/temp-dir';
import { expectPrivateAfterStop, expectPrivateWhileOpen, QUICK_BACKUP_MS, waitForCoreBackup } from '../../integration/app/expect-private';
import { OWNER_SESSION, signInOwner } from '../../support/sessions';

vi.mock('electron', () => import('../../fakes/electron'));

/**
 * Issue 7 item 16, desktop mode: the main process opens the real core on its data folder under
 * umask 000; the core creates every file and makes the backup (its own schedule), the test only stats.
 */
let previousUmask: number;
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  fake.resetFakeElectron();
  previousUmask = process.umask(0o000);
  temp = makeTempDir();
});
afterEach(() => {
  process.umask(previousUmask);
  temp.cleanup();
});

describe('desktop data folder under umask 000', () => {
  it('is 0700 with loket.db, -wal, -shm and backups 0600', async () => {
    const dataDir = join(temp.dir, 'Loket');
    const handle = await startMain({
      openCore: async (options) => {
        const core = await openCore({ ...options, backupIntervalMs: QUICK_BACKUP_MS, sandbox: {} });
        await signInOwner(core);
        return core;
      },
      rendererDir: join(temp.dir, 'renderer'),
      preloadPath: join(temp.dir, 'preload.js'),
      env: { LOKET_DATA_DIR: dataDir },
      platform: 'linux',
    });
    expect(handle).not.toBeNull();
    try {
      expect(await handle!.core.dispatch('ledger:recordOpeningCash', { requestId: 'desk-cash-1', amount: '1000' }, OWNER_SESSION)).toMatchObject({ ok: true });
      await waitForCoreBackup(dataDir);
      expectPrivateWhileOpen(dataDir);
    } finally {
      await handle!.core.close();
    }
    expectPrivateAfterStop(dataDir);
  });
});
