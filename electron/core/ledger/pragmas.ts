import type Database from 'better-sqlite3';

/**
 * Settings applied on EVERY open. better-sqlite3 is built with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1, so a
 * reopened WAL database silently runs at synchronous=NORMAL, where a committed sale can vanish after
 * a power cut. Outlets lose power; we set FULL and refuse to continue if it did not take.
 */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('trusted_schema = OFF');
  if (process.platform === 'darwin') db.pragma('fullfsync = ON');
  const synchronous = db.pragma('synchronous', { simple: true });
  if (synchronous !== 2) throw new Error(`SQLite synchronous is ${String(synchronous)}, expected FULL (2)`);
  const journal = db.pragma('journal_mode', { simple: true });
  if (journal !== 'wal' && journal !== 'memory') throw new Error(`SQLite journal_mode is ${String(journal)}, expected wal`);
}
