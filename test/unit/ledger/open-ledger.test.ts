import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, openLedger } from '../../../electron/core/ledger';
import { migrations } from '../../../electron/core/ledger/migrations';
import type { Migration } from '../../../electron/core/ledger/migrations';
import { makeTempDir } from '../../support/temp-dir';

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

function temp(): { file: string; backupDir: string } {
  const t = makeTempDir();
  cleanup = t.cleanup;
  return { file: join(t.dir, 'loket.db'), backupDir: join(t.dir, 'backups') };
}

describe('openLedger', () => {
  it('sets WAL and synchronous=FULL on every open, including a reopen of a WAL file', async () => {
    const paths = temp();
    (await openLedger(paths)).close();
    // A plain better-sqlite3 reopen shows the trap: WAL files come back at NORMAL (1).
    const raw = new Database(paths.file);
    expect(raw.pragma('synchronous', { simple: true })).toBe(1);
    raw.close();
    const db = await openLedger(paths);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('stamps user_version with the latest migration and uses STRICT tables', async () => {
    const db = await openLedger(temp());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    db.prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES ('k', 't', 'm', 0, '2026-01-01')").run();
    expect(() => db.prepare("INSERT INTO posting (entry_id, account_id, amount) VALUES (1, 1, 'Rp 10.000')").run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    db.close();
  });

  it('refuses a database written by a newer Loket and leaves it untouched', async () => {
    const paths = temp();
    (await openLedger(paths)).close();
    const raw = new Database(paths.file);
    raw.pragma('user_version = 999');
    raw.close();
    await expect(openLedger(paths)).rejects.toThrow(/versi Loket yang lebih baru \(skema v999/);
    const after = new Database(paths.file);
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    after.close();
  });

  it('takes an online backup before migrating an existing database', async () => {
    const paths = temp();
    const db = await openLedger(paths);
    db.prepare("INSERT INTO setting (key, value) VALUES ('marker', 'before-v2')").run();
    db.close();
    const v2: Migration = { version: migrations.length + 1, name: 'test', up: (d) => d.exec('CREATE TABLE extra (x INTEGER) STRICT') };
    const migrated = await openLedger({ ...paths, migrations: [...migrations, v2] });
    expect(migrated.pragma('user_version', { simple: true })).toBe(v2.version);
    migrated.close();
    const [backup] = listBackups(paths.backupDir);
    expect(backup).toBeDefined();
    const copy = new Database(backup as string, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(copy.prepare("SELECT value FROM setting WHERE key = 'marker'").get()).toEqual({ value: 'before-v2' });
    expect(copy.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined();
    copy.close();
  });

  it('rolls back a failing migration completely, stamp included', async () => {
    const paths = temp();
    (await openLedger(paths)).close();
    const broken: Migration = {
      version: migrations.length + 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    await expect(openLedger({ ...paths, migrations: [...migrations, broken] })).rejects.toThrow('boom');
    const db = await openLedger(paths);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });
});
