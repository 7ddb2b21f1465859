import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { backupDatabase } from '../backups/online-backup';
import { closedUncleanly, integrityCheckDue, recordIntegrityCheck } from './integrity-check';
import { applyMigrations, assertNotNewer, latestVersion, schemaVersion } from './migrate';
import { migrations as allMigrations, type Migration } from './migrations';
import { applyPragmas } from './pragmas';
import { ensurePrivateDir, ensurePrivateFile, tightenIfPresent } from './private-files';

export interface OpenLedgerOptions {
  file: string;
  backupDir: string;
  /** Tests inject extra migrations; the app uses the real list. */
  migrations?: readonly Migration[];
}

/**
 * Opens (or creates) the ledger database ready for use: pragmas set and verified, the file checked
 * for corruption (after an unclean close, on a file never checked, and weekly: integrity-check.ts),
 * a backup taken, then pending migrations applied. Anything wrong stops here, before a single sale
 * can be recorded on a bad file.
 */
export async function openLedger(options: OpenLedgerOptions): Promise<Database.Database> {
  const list = options.migrations ?? allMigrations;
  ensurePrivateDir(dirname(options.file));
  ensurePrivateFile(options.file);
  const uncleanClose = closedUncleanly(options.file);
  const db = new Database(options.file);
  try {
    applyPragmas(db);
    for (const suffix of ['-wal', '-shm']) tightenIfPresent(options.file + suffix);
    const checkedAt = Date.now();
    const checked = integrityCheckDue(db, uncleanClose, checkedAt);
    if (checked) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') {
        throw new AppError('internal', `Database Loket rusak (${String(check)}). Pulihkan dari cadangan sebelum berjualan.`);
      }
    }
    assertNotNewer(db, list);
    const current = schemaVersion(db);
    if (current < latestVersion(list)) {
      // An empty new file has nothing worth keeping; any real database is copied first.
      if (current > 0) await backupDatabase(db, options.backupDir, `pre-migration-v${current}`);
      applyMigrations(db, list);
    }
    if (checked) recordIntegrityCheck(db, checkedAt);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
