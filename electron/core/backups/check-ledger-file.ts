import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { latestVersion } from '../ledger/migrate';
import { migrations } from '../ledger/migrations';

/** The tables every Loket ledger has had since sales existed: without them it is someone else's database. */
const LOKET_TABLES = ['journal_entry', 'posting', 'setting', 'sale'] as const;
const SQLITE_HEADER = 'SQLite format 3\0';

export const NOT_LOKET = 'File ini bukan buku Loket.';
export const NEWER_VERSION = 'Cadangan ini dibuat oleh versi Loket yang lebih baru. Perbarui aplikasi dulu.';

/**
 * Checks a file is a whole Loket ledger this version can open, before anything is changed: an
 * SQLite file (header), intact (integrity_check), with Loket's tables, and a schema version between
 * 1 and the newest migration this version knows (an older one is migrated when it is opened; a newer
 * one would be opened by code that does not know its tables). Answers its schema version.
 * Run on a private staging copy: opening a WAL-mode file may create -wal/-shm next to it.
 */
export function checkLedgerFile(file: string, known = latestVersion(migrations)): { schemaVersion: number } {
  if (readHeader(file) !== SQLITE_HEADER) throw new AppError('invalid_input', NOT_LOKET);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new AppError('invalid_input', `${NOT_LOKET} (${describe(err)})`);
  }
  try {
    let integrity: unknown;
    try {
      integrity = db.pragma('integrity_check', { simple: true });
    } catch (err) {
      throw new AppError('invalid_input', damaged(describe(err)));
    }
    if (integrity !== 'ok') throw new AppError('invalid_input', damaged(String(integrity)));
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    if (!LOKET_TABLES.every((name) => tables.has(name))) throw new AppError('invalid_input', NOT_LOKET);
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    if (schemaVersion > known) throw new AppError('invalid_input', NEWER_VERSION);
    if (schemaVersion < 1) throw new AppError('invalid_input', NOT_LOKET);
    return { schemaVersion };
  } finally {
    db.close();
  }
}

/** SQLite's report is several lines of internals: one line, short, after the owner's words. */
function damaged(detail: string): string {
  const line = detail.replace(/\*\*\*[^*]*\*\*\*/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 160);
  return `Cadangan rusak; tidak dipulihkan. Pakai cadangan lain. (${line})`;
}

function readHeader(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new AppError('invalid_input', `File cadangan tidak dapat dibaca: ${describe(err)}`);
  }
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('latin1');
  } catch (err) {
    throw new AppError('invalid_input', `File cadangan tidak dapat dibaca: ${describe(err)}`);
  } finally {
    closeSync(fd);
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file tidak ditemukan';
  if (code === 'EACCES' || code === 'EPERM') return 'tidak ada izin membaca';
  if (code === 'EISDIR') return 'itu sebuah folder, bukan file';
  return err instanceof Error ? err.message : String(err);
}
