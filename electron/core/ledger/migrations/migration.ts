import type Database from 'better-sqlite3';

/** One schema step. `up` runs inside a transaction with the user_version stamp; it must not await. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
