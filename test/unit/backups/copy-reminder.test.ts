import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { copyReminderDue, readLastCopiedAt, recordCopiedOut } from '../../../electron/core/backups';
import { openLedger } from '../../../electron/core/ledger';
import { makeTempDir } from '../../support/temp-dir';

/** The 7-day reminder: nothing copied out of this computer for a week, counted from the outlet's start when never copied. */
const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 1, 2, 0, 0);
let cleanup: () => void = () => undefined;
let db: Database.Database | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  cleanup();
});

async function ledger(): Promise<Database.Database> {
  const t = makeTempDir();
  cleanup = t.cleanup;
  db = await openLedger({ file: join(t.dir, 'loket.db'), backupDir: join(t.dir, 'backups') });
  return db;
}
const firstEntryAt = (d: Database.Database, at: number) =>
  d.prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES ('first', 'test', 'first', ?, '2026-11-01')").run(at);
const setupDoneAt = (d: Database.Database, at: number) => d.prepare("INSERT INTO setting (key, value) VALUES ('setup.completedAt', ?)").run(String(at));

describe('copy-out reminder', () => {
  it('a brand-new outlet (no entry, no setup) is not reminded', async () => {
    const d = await ledger();
    expect(copyReminderDue(d, null, start + 30 * DAY)).toBe(false);
  });

  it('never copied: reminded once the first journal entry is 7 days old, not on day 1', async () => {
    const d = await ledger();
    firstEntryAt(d, start);
    expect(copyReminderDue(d, null, start + DAY)).toBe(false);
    expect(copyReminderDue(d, null, start + 7 * DAY - 1)).toBe(false);
    expect(copyReminderDue(d, null, start + 7 * DAY)).toBe(true);
  });

  it('never copied: counted from setup when it is older than the first entry', async () => {
    const d = await ledger();
    setupDoneAt(d, start);
    expect(copyReminderDue(d, null, start + 6 * DAY)).toBe(false);
    expect(copyReminderDue(d, null, start + 8 * DAY)).toBe(true);
    firstEntryAt(d, start + 5 * DAY);
    expect(copyReminderDue(d, null, start + 8 * DAY)).toBe(true);
  });

  it('copied out: reminded 7 days after the last copy, whatever the outlet age', async () => {
    const d = await ledger();
    firstEntryAt(d, start);
    recordCopiedOut(d, start + 20 * DAY);
    const last = readLastCopiedAt(d);
    expect(last).toBe(start + 20 * DAY);
    expect(copyReminderDue(d, last, start + 26 * DAY)).toBe(false);
    expect(copyReminderDue(d, last, start + 27 * DAY)).toBe(true);
  });
});
