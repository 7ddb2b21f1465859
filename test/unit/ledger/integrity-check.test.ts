import { copyFileSync, openSync, closeSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLedger } from '../../../electron/core/ledger';
import { INTEGRITY_CHECK_EVERY_MS, INTEGRITY_CHECKED_KEY } from '../../../electron/core/ledger/integrity-check';
import { makeTempDir } from '../../support/temp-dir';

/**
 * PRAGMA quick_check reads the whole file (15 s on a year of busy history), so openLedger runs it
 * only when it is due: after an unclean close, on a file never checked, and weekly.
 */
const temps: { cleanup(): void }[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const t of temps.splice(0)) t.cleanup();
});

function paths(): { dir: string; file: string; backupDir: string } {
  const t = makeTempDir();
  temps.push(t);
  return { dir: t.dir, file: join(t.dir, 'loket.db'), backupDir: join(t.dir, 'backups') };
}

/** Counts the quick_checks openLedger runs. */
function countQuickChecks(): () => number {
  const spy = vi.spyOn(Database.prototype, 'pragma');
  return () => spy.mock.calls.filter(([source]) => source === 'quick_check').length;
}

const checkedAt = (file: string) => {
  const raw = new Database(file, { readonly: true });
  try {
    return (raw.prepare('SELECT value FROM setting WHERE key = ?').get(INTEGRITY_CHECKED_KEY) as { value: string } | undefined)?.value;
  } finally {
    raw.close();
  }
};

/** A table of a few dozen pages at the end of the file, whose middle page is then overwritten with an invalid page type. */
async function ledgerWithJunk(p: { file: string; backupDir: string }): Promise<void> {
  const db = await openLedger(p);
  db.exec('CREATE TABLE junk (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO junk (body) VALUES (?)');
  for (let i = 0; i < 200; i += 1) insert.run('x'.repeat(1000));
  db.close();
}
function damageAPage(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.from([0xff, 0xff, 0xff, 0xff]), 0, 4, statSync(file).size - 20 * 4096);
  } finally {
    closeSync(fd);
  }
}

describe('the integrity check at open', () => {
  it('checks a new file once and remembers the pass; a clean reopen is not checked again', async () => {
    const p = paths();
    const checks = countQuickChecks();
    (await openLedger(p)).close();
    expect(checks()).toBe(1);
    expect(Number(checkedAt(p.file))).toBeGreaterThan(0);
    (await openLedger(p)).close();
    expect(checks()).toBe(1);
  });

  it('checks again once the last pass is a week old, or when the clock went back', async () => {
    const p = paths();
    (await openLedger(p)).close();
    const checks = countQuickChecks();
    for (const stamp of [Date.now() - INTEGRITY_CHECK_EVERY_MS - 1, Date.now() + 86_400_000]) {
      const raw = new Database(p.file);
      raw.prepare('UPDATE setting SET value = ? WHERE key = ?').run(String(stamp), INTEGRITY_CHECKED_KEY);
      raw.close();
      (await openLedger(p)).close();
    }
    expect(checks()).toBe(2);
  });

  it('refuses a damaged file left by a session that did not close, although a check passed minutes ago', async () => {
    const p = paths();
    await ledgerWithJunk(p);
    // The session that crashed: it wrote, and its -wal was still there when it died.
    const live = new Database(p.file);
    live.prepare("INSERT INTO setting (key, value) VALUES ('crash-marker', 'x')").run();
    const crashed = paths();
    copyFileSync(p.file, crashed.file);
    copyFileSync(`${p.file}-wal`, `${crashed.file}-wal`);
    live.close();
    damageAPage(crashed.file);

    await expect(openLedger(crashed)).rejects.toThrow(/^Database Loket rusak/);
  });

  it('refuses a damaged file that never passed a check (an upgraded ledger)', async () => {
    const p = paths();
    await ledgerWithJunk(p);
    const raw = new Database(p.file);
    raw.prepare('DELETE FROM setting WHERE key = ?').run(INTEGRITY_CHECKED_KEY);
    raw.close();
    damageAPage(p.file);

    await expect(openLedger(p)).rejects.toThrow(/^Database Loket rusak/);
  });
});
