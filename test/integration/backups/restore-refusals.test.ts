import { closeSync, copyFileSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestVersion } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { backupFile, editLedgerFile, mustCall, ownerCall, type BackupList } from './backup-support';

/**
 * A restore checks the file before it changes anything: a file that is not a Loket ledger, or was
 * written by a newer version, is refused with a clear reason and the books stay exactly as they were
 * (same entries, no file kept aside, the core still answering).
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function outletWithOneEntry() {
  const t = await openTestCore();
  cleanups.push(() => t.close());
  const must = mustCall(t.core);
  await must('ledger:recordOpeningCash', { requestId: 'refusals-cash-1', amount: '150000' });
  const stick = makeTempDir('loket-stick-');
  cleanups.push(stick.cleanup);
  return { ...t, call: ownerCall(t.core), must, stick: stick.dir };
}

async function expectNothingChanged(t: Awaited<ReturnType<typeof outletWithOneEntry>>, before: { balances: unknown; list: BackupList }) {
  expect(await t.must('ledger:balances', {})).toEqual(before.balances);
  const list = await t.must<BackupList>('backups:list', {});
  expect(list.backups.map((b) => b.name)).toEqual(before.list.backups.map((b) => b.name));
  expect(list.backups.some((b) => b.reason === 'before-restore')).toBe(false);
}

async function snapshot(t: Awaited<ReturnType<typeof outletWithOneEntry>>) {
  return { balances: await t.must('ledger:balances', {}), list: await t.must<BackupList>('backups:list', {}) };
}

describe('backups:restore refuses, changing nothing', () => {
  it('a text file: not a Loket ledger', async () => {
    const t = await outletWithOneEntry();
    const file = join(t.stick, 'loket-catatan.db');
    writeFileSync(file, 'ini catatan belanja, bukan buku');
    const before = await snapshot(t);
    expect(await t.call('backups:restore', { file })).toEqual({ ok: false, error: { code: 'invalid_input', message: 'File ini bukan buku Loket.' } });
    await expectNothingChanged(t, before);
  });

  it('an SQLite file of another program: not a Loket ledger', async () => {
    const t = await outletWithOneEntry();
    const file = join(t.stick, 'other.sqlite');
    editLedgerFile(file, (db) => {
      db.exec('CREATE TABLE contact (name TEXT); INSERT INTO contact VALUES (\'Budi\'); PRAGMA user_version = 3;');
    });
    const before = await snapshot(t);
    expect(await t.call('backups:restore', { file })).toEqual({ ok: false, error: { code: 'invalid_input', message: 'File ini bukan buku Loket.' } });
    await expectNothingChanged(t, before);
  });

  it('a backup written by a newer version (schema above the newest migration this version knows)', async () => {
    const t = await outletWithOneEntry();
    const made = await t.must<{ name: string }>('backups:create', {});
    const file = join(t.stick, 'from-newer-loket.db');
    copyFileSync(backupFile(t.dir, made.name), file);
    editLedgerFile(file, (db) => db.pragma(`user_version = ${latestVersion(migrations) + 1}`));
    const before = await snapshot(t);
    expect(await t.call('backups:restore', { file })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Cadangan ini dibuat oleh versi Loket yang lebih baru. Perbarui aplikasi dulu.' },
    });
    await expectNothingChanged(t, before);
  });

  it('a damaged backup (a page of it overwritten): refused as damaged', async () => {
    const t = await outletWithOneEntry();
    const made = await t.must<{ name: string }>('backups:create', {});
    const file = join(t.stick, 'damaged.db');
    copyFileSync(backupFile(t.dir, made.name), file);
    // Page 2 starts at byte 4096 (Loket's page size): its b-tree header is made nonsense.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, 4096);
    closeSync(fd);
    const before = await snapshot(t);
    expect(await t.call('backups:restore', { file })).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^Cadangan rusak; tidak dipulihkan\. Pakai cadangan lain\. \(Tree 2 page 2: .+\)$/) } });
    await expectNothingChanged(t, before);
  });

  it('a file that does not exist', async () => {
    const t = await outletWithOneEntry();
    const before = await snapshot(t);
    const result = await t.call('backups:restore', { file: join(t.stick, 'hilang.db') });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('tidak ditemukan') } });
    await expectNothingChanged(t, before);
  });
});
