import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupViews } from '../../../electron/core/backups';
import { openLedger } from '../../../electron/core/ledger';
import { latestVersion } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { channelCaller, openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';

/**
 * An outlet installs a new Loket over an older one: the installer leaves the data folder alone
 * (resources/installer.nsh), so the new version's first start meets the older ledger in place. It must
 * keep every rupiah, copy the file aside before touching it, and migrate. The older version here is
 * the schema as migration 13 left it (before users): its own migrations, its own rows.
 */
const OLDER_SCHEMA = 13;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** What the older version wrote: Rp 750.000 opening cash, a balanced entry in its journal, and a setting. */
async function olderInstall(dataDir: string): Promise<void> {
  const db = await openLedger({ file: join(dataDir, 'loket.db'), backupDir: join(dataDir, 'backups'), migrations: migrations.filter((m) => m.version <= OLDER_SCHEMA) });
  const account = (code: string): number => (db.prepare('SELECT id FROM account WHERE code = ?').get(code) as { id: number }).id;
  const entry = db
    .prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES ('owner:older-install-1', 'opening_cash', 'Modal awal kas laci', ?, '2026-11-02')")
    .run(Date.UTC(2026, 10, 2, 1, 0, 0));
  const posting = db.prepare('INSERT INTO posting (entry_id, account_id, amount) VALUES (?, ?, ?)');
  posting.run(entry.lastInsertRowid, account('cash_drawer'), 750_000);
  posting.run(entry.lastInsertRowid, account('owner_equity'), -750_000);
  db.prepare("INSERT INTO setting (key, value) VALUES ('upgrade-marker', 'written by the older version')").run();
  db.close();
}

describe('a new version started on an older version\'s data folder', () => {
  it('backs the older ledger up first, migrates it, and keeps its money and settings', async () => {
    const data = makeTempDir('loket-upgrade-');
    cleanups.push(data.cleanup);
    await olderInstall(data.dir);

    const t = await openTestCore(data.dir);
    cleanups.push(() => t.close());

    // The migrated ledger: newest schema, the older rows intact and counted.
    const call = channelCaller(t.core);
    const { accounts } = await call<{ accounts: { code: string; balance: number }[] }>('ledger:balances');
    expect(accounts.find((a) => a.code === 'cash_drawer')?.balance).toBe(750_000);
    const now = new Database(join(data.dir, 'loket.db'), { readonly: true });
    try {
      expect(now.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
      expect(now.prepare("SELECT value FROM setting WHERE key = 'upgrade-marker'").get()).toEqual({ value: 'written by the older version' });
    } finally {
      now.close();
    }

    // The copy taken before migrating is the older file exactly as it was, openable on its own.
    const before = backupViews(join(data.dir, 'backups')).filter((b) => b.reason === `pre-migration-v${OLDER_SCHEMA}`);
    expect(before).toHaveLength(1);
    const copy = new Database(join(data.dir, 'backups', before[0]?.name ?? ''), { readonly: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(OLDER_SCHEMA);
      expect(copy.prepare("SELECT SUM(amount) AS total FROM posting p JOIN account a ON a.id = p.account_id WHERE a.code = 'cash_drawer'").get()).toEqual({ total: 750_000 });
    } finally {
      copy.close();
    }
  });
});
