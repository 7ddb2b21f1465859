import { chmodSync, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { ensurePrivateFile, PRIVATE_FILE_MODE } from '../ledger/private-files';
import { checkLedgerFile } from './check-ledger-file';
import { flushFile, flushFolder } from './flush-to-disk';
import { assertNoUnresolvedSales } from './unresolved-sales';

/**
 * The file steps of a restore. The ledger is `dbFile` (loket.db) with SQLite's -wal/-shm next to it.
 * Every step leaves `dbFile` whole: files are written under a temporary name, flushed to the disk,
 * renamed over it (atomic) and the folder flushed (replaceWith), so a crash or a power cut at any
 * moment leaves either the old books or the restored ones, never none and never a torn file.
 */

/**
 * Copies the backup next to the ledger (`staging`) and checks that copy: what is checked is exactly
 * what will be put in place (a USB stick may change or vanish meanwhile), and checking never writes
 * -wal/-shm files next to the owner's file. Throws, having changed nothing, when it is not a ledger
 * this version can open.
 */
export function stageBackup(source: string, staging: string): void {
  discard(staging);
  let isFile = false;
  try {
    isFile = statSync(source).isFile();
  } catch {
    throw new AppError('invalid_input', `File cadangan ${source} tidak ditemukan.`);
  }
  if (!isFile) throw new AppError('invalid_input', `${source} bukan file cadangan (itu sebuah folder).`);
  try {
    ensurePrivateFile(staging);
    copyFileSync(source, staging);
    chmodSync(staging, PRIVATE_FILE_MODE);
    checkLedgerFile(staging);
  } catch (err) {
    discard(staging);
    if (err instanceof AppError) throw err;
    throw new AppError('invalid_input', `File cadangan tidak dapat dibaca: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    // A readonly check of a WAL-mode file may leave an empty -shm/-wal behind: they are not part of it.
    for (const suffix of ['-wal', '-shm']) rmSync(staging + suffix, { force: true });
  }
}

/**
 * With the core closed: folds the ledger's WAL into the file (a checkpoint), checks once more that it
 * holds no unresolved sale (unresolved-sales.ts), copies it aside to `keptAside`, then renames the
 * staged backup over it. The old -wal/-shm are removed before the
 * rename: left behind, SQLite would replay the old WAL onto the restored file.
 */
export function swapInStaged(staging: string, dbFile: string, keptAside: string): void {
  checkpointIdleBooks(dbFile);
  copyWhole(dbFile, keptAside);
  replaceWith(staging, dbFile);
}

/** After a failed re-open on the restored file: the kept-aside books go back in place (the kept-aside file stays). */
export function putBack(keptAside: string, dbFile: string): void {
  const part = `${dbFile}.putback`;
  copyWhole(keptAside, part);
  replaceWith(part, dbFile);
}

/**
 * Replaces a closed ledger with a backup after checking it (used where no core is running: tools and
 * tests). The running app restores through restore-service.ts, which also keeps the old file aside.
 */
export function restoreBackup(backupFile: string, dbFile: string): void {
  const staging = `${dbFile}.restoring`;
  stageBackup(backupFile, staging);
  replaceWith(staging, dbFile);
}

/**
 * Puts `file` (a whole ledger next to it) in place of the ledger. Its bytes reach the disk before
 * the rename and the rename reaches it after: a power cut cannot leave a loket.db naming unwritten
 * pages. The old -wal/-shm go first: left behind, SQLite would replay the old WAL onto the new file.
 */
function replaceWith(file: string, dbFile: string): void {
  flushFile(file);
  for (const suffix of ['-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  renameSync(file, dbFile);
  flushFolder(dirname(dbFile));
  chmodSync(dbFile, PRIVATE_FILE_MODE);
}

export function discard(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * Everything in the WAL written into the main file, the WAL emptied. Nothing else has the file
 * open (the core is closed), so a busy checkpoint means another program holds it: stop there.
 * The restore checked for unresolved sales before closing the core, but a sale started by a call
 * that was still running then may have stayed pending: checked again here, where nothing can sell.
 */
function checkpointIdleBooks(dbFile: string): void {
  if (!existsSync(dbFile)) throw new AppError('internal', 'Buku Loket (loket.db) tidak ditemukan; pemulihan dibatalkan.');
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result && result.busy !== 0) throw new AppError('conflict', 'Buku Loket sedang dipakai program lain; pemulihan dibatalkan. Tutup program itu lalu coba lagi.');
    assertNoUnresolvedSales(db);
  } finally {
    db.close();
  }
}

/** A whole copy under a temporary name, flushed, then renamed: `to` is never a half-written file. */
function copyWhole(from: string, to: string): void {
  const part = `${to}.part`;
  try {
    ensurePrivateFile(part);
    copyFileSync(from, part);
    chmodSync(part, PRIVATE_FILE_MODE);
    flushFile(part);
    renameSync(part, to);
    // The kept-aside copy must be on the disk under its name before loket.db is replaced.
    flushFolder(dirname(to));
  } catch (err) {
    rmSync(part, { force: true }); // a disk that filled up mid-copy keeps no half file
    throw err;
  }
}
