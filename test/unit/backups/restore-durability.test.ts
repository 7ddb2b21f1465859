import type * as NodeFs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stageBackup, swapInStaged } from '../../../electron/core/backups/restore-files';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * A power cut right after a restore must not leave a torn loket.db: each file reaches the disk
 * (fsync) before it is renamed into place, and the folder holding the rename is flushed after it.
 * The real files are used; node:fs is only watched, to see the order of those calls.
 */
const watched = vi.hoisted(() => ({ calls: [] as string[], paths: new Map<number, string>() }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  return {
    ...fs,
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      const fd = fs.openSync(...args);
      watched.paths.set(fd, String(args[0]));
      return fd;
    },
    fsyncSync: (fd: number) => {
      watched.calls.push(`fsync ${watched.paths.get(fd)}`);
      fs.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      watched.calls.push(`rename ${from} -> ${to}`);
      fs.renameSync(from, to);
    },
  };
});

let fixture: LedgerFixture | undefined;
afterEach(() => fixture?.close());

describe('swapInStaged on the disk', () => {
  it('flushes the kept-aside copy and the staged file before their renames, and their folders after', async () => {
    fixture = await openTestLedger();
    const dir = fixture.dir;
    const dbFile = join(dir, 'loket.db');
    const backup = join(dir, 'backup.db');
    await fixture.db.backup(backup);
    fixture.db.close();
    const staging = join(dir, 'loket.db.restoring');
    stageBackup(backup, staging);
    const keptAside = join(dir, 'backups-kept-aside.db');
    watched.calls.length = 0;

    swapInStaged(staging, dbFile, keptAside);
    expect(watched.calls).toEqual([
      `fsync ${keptAside}.part`,
      `rename ${keptAside}.part -> ${keptAside}`,
      `fsync ${dir}`,
      `fsync ${staging}`,
      `rename ${staging} -> ${dbFile}`,
      `fsync ${dir}`,
    ]);
  });
});
