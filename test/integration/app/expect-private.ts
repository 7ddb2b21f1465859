import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { listBackups } from '../../../electron/core/ledger';

export const modeOf = (path: string): number => statSync(path).mode & 0o777;

/** The data folder 0700; loket.db, its -wal/-shm and every backup 0600; the backups folder 0700. */
export function expectPrivate(dataDir: string): void {
  expect(modeOf(dataDir).toString(8)).toBe('700');
  for (const suffix of ['', '-wal', '-shm']) {
    const file = join(dataDir, `loket.db${suffix}`);
    expect(existsSync(file), file).toBe(true);
    expect(modeOf(file).toString(8), file).toBe('600');
  }
  const backups = join(dataDir, 'backups');
  expect(modeOf(backups).toString(8)).toBe('700');
  const files = listBackups(backups);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) expect(modeOf(file).toString(8), file).toBe('600');
}
