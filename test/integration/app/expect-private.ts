import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { listBackups } from '../../../electron/core/ledger';

/**
 * Issue 7 item 16: modes exactly as the APP left them. The tests only stat: reopening with
 * openLedger or taking a backup with backupDatabase would chmod the files themselves and prove nothing.
 */
export const modeOf = (path: string): number => statSync(path).mode & 0o777;
const octal = (path: string): string => modeOf(path).toString(8);

/** A backup interval short enough that the core's own schedule makes a backup within the test. */
export const QUICK_BACKUP_MS = 50;

/** Waits until the core's backup schedule has written at least one backup (the test makes none). */
export async function waitForCoreBackup(dataDir: string): Promise<void> {
  await vi.waitFor(() => expect(listBackups(join(dataDir, 'backups')).length).toBeGreaterThan(0), { timeout: 10_000, interval: 20 });
}

/** While the core has the database open (WAL mode: -wal and -shm exist): folder 0700, the three files 0600. */
export function expectPrivateWhileOpen(dataDir: string): void {
  expect(octal(dataDir), dataDir).toBe('700');
  for (const suffix of ['', '-wal', '-shm']) {
    const file = join(dataDir, `loket.db${suffix}`);
    expect(existsSync(file), `${file} while the database is open`).toBe(true);
    expect(octal(file), file).toBe('600');
  }
}

/**
 * After the core stopped (so no backup is being written or pruned): folder 0700, loket.db 0600,
 * any -wal/-shm left behind 0600, the backups folder 0700 and every backup in it 0600.
 */
export function expectPrivateAfterStop(dataDir: string): void {
  expect(octal(dataDir), dataDir).toBe('700');
  expect(octal(join(dataDir, 'loket.db'))).toBe('600');
  for (const suffix of ['-wal', '-shm']) {
    const file = join(dataDir, `loket.db${suffix}`);
    if (existsSync(file)) expect(octal(file), file).toBe('600');
  }
  const backups = join(dataDir, 'backups');
  expect(octal(backups), backups).toBe('700');
  const files = listBackups(backups);
  expect(files.length, 'the core made a backup').toBeGreaterThan(0);
  for (const file of files) expect(octal(file), file).toBe('600');
}
