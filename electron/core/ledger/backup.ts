import { chmodSync, copyFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { ensurePrivateDir, ensurePrivateFile, PRIVATE_FILE_MODE } from './private-files';

/**
 * Online backups through SQLite's backup API (a plain file copy of a WAL database can be torn).
 * Taken before every migration and on a schedule; the newest `keep` generations are kept.
 */
export interface BackupInfo {
  file: string;
  bytes: number;
}

export async function backupDatabase(db: Database.Database, dir: string, reason: string, keep = 10): Promise<BackupInfo> {
  ensurePrivateDir(dir);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `loket-${stamp}-${reason.replace(/[^a-z0-9-]/gi, '_')}.db`);
  // Owner-only from its first byte: SQLite writes the copy into the file made here.
  ensurePrivateFile(file);
  await db.backup(file);
  chmodSync(file, PRIVATE_FILE_MODE);
  pruneBackups(dir, keep);
  return { file, bytes: statSync(file).size };
}

export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^loket-.*\.db$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

function pruneBackups(dir: string, keep: number): void {
  const all = listBackups(dir);
  for (const file of all.slice(0, Math.max(0, all.length - keep))) rmSync(file, { force: true });
}

/**
 * Replaces the (closed) database at `dbFile` with a backup after checking the backup is intact.
 * The old -wal/-shm must go with the old file: left behind they would be replayed onto the backup.
 */
export function restoreBackup(backupFile: string, dbFile: string): void {
  const check = new Database(backupFile, { readonly: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new AppError('invalid_input', `Cadangan rusak (${String(result)}); tidak dipulihkan.`);
  } finally {
    check.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  copyFileSync(backupFile, dbFile);
  chmodSync(dbFile, PRIVATE_FILE_MODE);
}
