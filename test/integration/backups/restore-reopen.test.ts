import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../electron/core/api/contract';
import { checkLedgerFile } from '../../../electron/core/backups';
import { openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { signInOwner } from '../../support/sessions';
import { backupFile, editLedgerFile, mustCall, ownerCall, type BackupList } from './backup-support';

/**
 * A restore closes the core, keeps the current books aside, puts the backup in place and re-opens:
 * all inside the owner's call, which answers after the re-open. Entries made after the backup are
 * gone from the books (they live on in the kept-aside file), calls made meanwhile wait and then
 * succeed, and a restored file that will not open puts the previous books back. The re-opened core
 * has no sessions: everyone signs in again (signedOutThenSignIn).
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function outlet() {
  const t = await openTestCore();
  cleanups.push(() => t.close());
  const events: EventName[] = [];
  t.core.onEvent((event) => events.push(event));
  return { ...t, call: ownerCall(t.core), must: mustCall(t.core), events };
}
type Balances = { accounts?: unknown };

/** After a re-open nobody is signed in; the owner signs in again, as the screens ask. */
async function signedOutThenSignIn(t: Awaited<ReturnType<typeof outlet>>): Promise<void> {
  expect(await t.call('ledger:balances', {})).toMatchObject({ ok: false, error: { code: 'signed_out' } });
  await signInOwner(t.core);
}
const cash = (n: number, amount: string) => ['ledger:recordOpeningCash', { requestId: `reopen-cash-${n}`, amount }] as const;

describe('backups:restore', () => {
  it('puts the books back to the backup, keeps the current ones aside and says it re-opened', async () => {
    const t = await outlet();
    await t.must(...cash(1, '100000'));
    const atBackup = await t.must<Balances>('ledger:balances', {});
    const made = await t.must<{ name: string }>('backups:create', {});
    await t.must(...cash(2, '250000'));
    const afterBackup = await t.must<Balances>('ledger:balances', {});
    expect(afterBackup).not.toEqual(atBackup);

    const answer = await t.must<{ restoredFrom: string; keptAside: string }>('backups:restore', { name: made.name });
    expect(answer.restoredFrom).toBe(backupFile(t.dir, made.name));
    expect(answer.keptAside).toMatch(/backups[\\/]loket-.*-before-restore\.db$/);
    expect(t.events).toContain('app:reopened');
    await signedOutThenSignIn(t);
    expect(await t.must<Balances>('ledger:balances', {})).toEqual(atBackup);

    // The kept-aside file is a whole ledger with the entry made after the backup.
    expect(checkLedgerFile(answer.keptAside).schemaVersion).toBeGreaterThan(0);
    const list = await t.must<BackupList>('backups:list', {});
    expect(list.backups.find((b) => b.reason === 'before-restore')?.name).toBe(answer.keptAside.split(/[\\/]/).at(-1));
    const back = await t.must<{ keptAside: string }>('backups:restore', { file: answer.keptAside });
    expect(existsSync(back.keptAside)).toBe(true);
    await signedOutThenSignIn(t);
    expect(await t.must<Balances>('ledger:balances', {})).toEqual(afterBackup);
  });

  it('restores a copy brought back from a USB stick (a file outside the data folder)', async () => {
    const t = await outlet();
    await t.must(...cash(1, '100000'));
    const made = await t.must<{ name: string }>('backups:create', {});
    const atBackup = await t.must<Balances>('ledger:balances', {});
    const stick = makeTempDir('loket-stick-');
    cleanups.push(stick.cleanup);
    const copied = await t.must<{ file: string }>('backups:copyTo', { name: made.name, folder: stick.dir });
    await t.must(...cash(2, '5000'));
    const answer = await t.must<{ restoredFrom: string }>('backups:restore', { file: copied.file });
    expect(answer.restoredFrom).toBe(copied.file);
    await signedOutThenSignIn(t);
    expect(await t.must<Balances>('ledger:balances', {})).toEqual(atBackup);
  });

  it('calls made while the core re-opens wait for it and succeed on the restored books', async () => {
    const t = await outlet();
    await t.must(...cash(1, '100000'));
    const made = await t.must<{ name: string }>('backups:create', {});
    const atBackup = await t.must<Balances>('ledger:balances', {});
    await t.must(...cash(2, '70000'));
    // auth:status reads the users table: any call reaching a closed database would answer an error.
    const restoring = t.call('backups:restore', { name: made.name });
    const meanwhile = Array.from({ length: 20 }, () => t.call<{ users: unknown[] }>('auth:status', {}));
    expect(await restoring).toMatchObject({ ok: true });
    const answers = await Promise.all(meanwhile);
    for (const answer of answers) expect(answer.ok && answer.value.users.length, JSON.stringify(answer)).toBe(1);
    await signedOutThenSignIn(t);
    expect(await t.must<Balances>('ledger:balances', {})).toEqual(atBackup);
  });

  it('a restored file that will not open: the previous books go back and the owner reads why', async () => {
    const t = await outlet();
    await t.must(...cash(1, '100000'));
    const made = await t.must<{ name: string }>('backups:create', {});
    await t.must(...cash(2, '30000'));
    const current = await t.must<Balances>('ledger:balances', {});
    // A valid SQLite Loket file whose journal is broken (an entry with no postings): the core refuses to open it.
    const stick = makeTempDir('loket-stick-');
    cleanups.push(stick.cleanup);
    const broken = join(stick.dir, 'broken.db');
    copyFileSync(backupFile(t.dir, made.name), broken);
    editLedgerFile(broken, (db) =>
      db.prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES ('broken-1', 'test', 'no postings', 1, '2026-11-30')").run(),
    );
    const result = await t.call('backups:restore', { file: broken });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('Buku sebelumnya sudah dipasang kembali') } });
    await signedOutThenSignIn(t);
    expect(await t.must<Balances>('ledger:balances', {})).toEqual(current);
    await t.must(...cash(3, '1000'));
  });
});
