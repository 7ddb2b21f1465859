import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { backupFile, mustCall, ownerCall, type BackupList } from './backup-support';

/**
 * Settings › Cadangan through the contract, on real files: "Cadangkan sekarang", the list, and
 * copying a backup out to a folder (a USB stick).
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function core() {
  const t = await openTestCore();
  cleanups.push(() => t.close());
  return { ...t, call: ownerCall(t.core), must: mustCall(t.core) };
}
function folder(): string {
  const temp = makeTempDir('loket-stick-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}
type Backup = BackupList['backups'][number];

describe('backups:create and backups:list', () => {
  it('makes an online backup named manual and lists it first, with its time and size', async () => {
    const t = await core();
    const before = Date.now();
    const made = await t.must<Backup>('backups:create', {});
    expect(made.reason).toBe('manual');
    expect(made.name).toMatch(/^loket-.*-manual\.db$/);
    expect(made.at).toBeGreaterThanOrEqual(before - 1);
    expect(made.bytes).toBe(statSync(backupFile(t.dir, made.name)).size);
    expect(readFileSync(backupFile(t.dir, made.name)).subarray(0, 15).toString()).toBe('SQLite format 3');
    const second = await t.must<Backup>('backups:create', {});
    const list = await t.must<BackupList>('backups:list', {});
    expect(list.backups.map((b) => b.name)).toEqual([second.name, made.name]);
    expect(list.backups[0]).toEqual(second);
    expect(list.lastCopiedAt).toBeNull();
    expect(list.reminder).toBe(false);
  });
});

describe('backups:copyTo', () => {
  it('copies the backup into the folder, answers where and how big, and records when', async () => {
    const t = await core();
    const made = await t.must<Backup>('backups:create', {});
    const stick = folder();
    const before = Date.now();
    const copied = await t.must<{ file: string; bytes: number }>('backups:copyTo', { name: made.name, folder: stick });
    expect(copied.file).toBe(join(stick, made.name));
    expect(copied.bytes).toBe(made.bytes);
    expect(readFileSync(copied.file).equals(readFileSync(backupFile(t.dir, made.name)))).toBe(true);
    expect(readdirSync(stick)).toEqual([made.name]);
    const list = await t.must<BackupList>('backups:list', {});
    expect(list.lastCopiedAt).toBeGreaterThanOrEqual(before);
  });

  it('never overwrites a file already in the folder: the copy takes the next free name', async () => {
    const t = await core();
    const made = await t.must<Backup>('backups:create', {});
    const stick = folder();
    writeFileSync(join(stick, made.name), 'the owner keeps this');
    const first = await t.must<{ file: string }>('backups:copyTo', { name: made.name, folder: stick });
    const second = await t.must<{ file: string }>('backups:copyTo', { name: made.name, folder: stick });
    expect(first.file).toBe(join(stick, made.name.replace(/\.db$/, '-2.db')));
    expect(second.file).toBe(join(stick, made.name.replace(/\.db$/, '-3.db')));
    expect(readFileSync(join(stick, made.name), 'utf8')).toBe('the owner keeps this');
    expect(readdirSync(stick).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('refuses a folder that does not exist, in Indonesian, and creates nothing', async () => {
    const t = await core();
    const made = await t.must<Backup>('backups:create', {});
    const missing = join(folder(), 'flashdisk-belum-dipasang');
    const result = await t.call('backups:copyTo', { name: made.name, folder: missing });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('tidak ditemukan') } });
    expect(existsSync(missing)).toBe(false);
    expect((await t.must<BackupList>('backups:list', {})).lastCopiedAt).toBeNull();
  });

  it('refuses a file given as the folder and leaves it alone', async () => {
    const t = await core();
    const made = await t.must<Backup>('backups:create', {});
    const notAFolder = join(folder(), 'catatan.txt');
    writeFileSync(notAFolder, 'bukan folder');
    const result = await t.call('backups:copyTo', { name: made.name, folder: notAFolder });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('bukan folder') } });
    expect(readFileSync(notAFolder, 'utf8')).toBe('bukan folder');
    expect((await t.must<BackupList>('backups:list', {})).lastCopiedAt).toBeNull();
  });

  it('refuses a backup name that is not in the list', async () => {
    const t = await core();
    const stick = folder();
    const result = await t.call('backups:copyTo', { name: 'loket-tidak-ada.db', folder: stick });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    mkdirSync(join(stick, 'x'));
    expect(readdirSync(stick)).toEqual(['x']);
  });
});
