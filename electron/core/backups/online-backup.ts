import { chmodSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { ensurePrivateDir, ensurePrivateFile, PRIVATE_FILE_MODE } from '../ledger/private-files';
import { backupName } from './backup-names';
import { pruneBackups } from './prune-backups';

/**
 * Online backups through SQLite's backup API (a plain file copy of a WAL database can be torn).
 * Taken before every migration, on a schedule and by the owner ("Cadangkan sekarang"); pruned by
 * prune-backups.ts.
 */
export interface BackupInfo {
  file: string;
  bytes: number;
}

export async function backupDatabase(db: Database.Database, dir: string, reason: string, keep = 10): Promise<BackupInfo> {
  ensurePrivateDir(dir);
  // Two backups within one millisecond (a test, a double click) get distinct names, never one file.
  let at = Date.now();
  while (existsSync(join(dir, backupName(reason, at)))) at += 1;
  const file = join(dir, backupName(reason, at));
  // Owner-only from its first byte: SQLite writes the copy into the file made here.
  ensurePrivateFile(file);
  await db.backup(file);
  chmodSync(file, PRIVATE_FILE_MODE);
  pruneBackups(dir, keep);
  return { file, bytes: statSync(file).size };
}
