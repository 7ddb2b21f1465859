import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';

/**
 * Online backups through SQLite's backup API (a plain file copy of a WAL database can be torn).
 * Taken before every migration and on a schedule; the newest `keep` generations are kept.
 */
export interface BackupInfo {
  file: string;
  bytes: number;
}

export async function backupDatabase(db: Database.Database, dir: string, reason: string, keep = 10): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `loket-${stamp}-${reason.replace(/[^a-z0-9-]/gi, '_')}.db`);
  await db.backup(file);
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
}
