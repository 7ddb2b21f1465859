import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * The books are the outlet's money records: the data folder is the owner's alone (0700) and every
 * database file in it (loket.db, its -wal/-shm, backups) is 0600, whatever umask the app was started
 * with. `mode` on create is filtered by umask, so each is also chmod-ed explicitly.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Creates the file empty (or keeps it) with owner-only access BEFORE SQLite opens it: SQLite gives
 * the -wal, -shm and journal files it creates the database file's own mode.
 */
export function ensurePrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Files an older version may have left readable (a -wal/-shm from before): tightened if present. */
export function tightenIfPresent(file: string): void {
  if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}
