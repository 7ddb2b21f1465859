import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, listBackups, openLedger, restoreBackup } from '../../../electron/core/ledger';
import { makeTempDir } from '../../support/temp-dir';

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

describe('backups', () => {
  it('restores the ledger to the moment of the backup', async () => {
    const t = makeTempDir();
    cleanup = t.cleanup;
    const file = join(t.dir, 'loket.db');
    const backupDir = join(t.dir, 'backups');
    const db = await openLedger({ file, backupDir });
    db.prepare("INSERT INTO setting (key, value) VALUES ('k', 'kept')").run();
    const backup = await backupDatabase(db, backupDir, 'manual');
    db.prepare("INSERT INTO setting (key, value) VALUES ('k2', 'after-backup')").run();
    db.close();

    restoreBackup(backup.file, file);
    const restored = await openLedger({ file, backupDir });
    expect(restored.prepare("SELECT key FROM setting WHERE key IN ('k', 'k2') ORDER BY key").all()).toEqual([{ key: 'k' }]);
    restored.close();
  });

  it('keeps only the newest generations', async () => {
    const t = makeTempDir();
    cleanup = t.cleanup;
    const db = await openLedger({ file: join(t.dir, 'loket.db'), backupDir: join(t.dir, 'b') });
    for (let i = 0; i < 4; i += 1) await backupDatabase(db, join(t.dir, 'b'), `n${i}`, 2);
    db.close();
    const names = listBackups(join(t.dir, 'b'));
    expect(names).toHaveLength(2);
    expect(names.at(-1)).toMatch(/n3\.db$/);
  });

  it('refuses to restore a damaged backup and leaves the ledger alone', async () => {
    const t = makeTempDir();
    cleanup = t.cleanup;
    const file = join(t.dir, 'loket.db');
    const before = await openLedger({ file, backupDir: join(t.dir, 'b') });
    before.prepare("INSERT INTO setting (key, value) VALUES ('marker', 'kept')").run();
    before.close();
    const bogus = join(t.dir, 'bogus.db');
    writeFileSync(bogus, 'this is not a database');
    expect(() => restoreBackup(bogus, file)).toThrow();
    const db = await openLedger({ file, backupDir: join(t.dir, 'b') });
    expect(db.prepare("SELECT value FROM setting WHERE key = 'marker'").get()).toEqual({ value: 'kept' });
    db.close();
  });
});
