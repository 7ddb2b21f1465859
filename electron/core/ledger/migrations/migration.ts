import type Database from 'better-sqlite3';

/** One schema step. `up` runs inside a transaction with the user_version stamp; it must not await. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
  /**
   * The migration rebuilds a table (create new, copy, drop, rename: sqlite.org/lang_altertable.html).
   * Foreign keys cannot be switched inside a transaction, so applyMigrations turns them off before
   * it, checks every reference with PRAGMA foreign_key_check inside it, and turns them on after.
   */
  rebuildsTables?: boolean;
}
