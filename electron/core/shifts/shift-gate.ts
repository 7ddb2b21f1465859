import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';

export const COUNTER_CLOSED = 'Kasir belum dibuka. Buka kasir dulu (masukkan uang modal di laci).';

/** The open shift's id, or null while the counter is closed. One indexed row read (migration 008). */
export function openShiftId(db: Database.Database): number | null {
  const row = openShiftStatement(db).get() as { id: number } | undefined;
  return row?.id ?? null;
}

/** Read on every sale: prepared once per connection. */
const statements = new WeakMap<Database.Database, Database.Statement>();
function openShiftStatement(db: Database.Database): Database.Statement {
  let statement = statements.get(db);
  if (!statement) {
    statement = db.prepare('SELECT id FROM shift WHERE closed_at IS NULL');
    statements.set(db, statement);
  }
  return statement;
}

/** Customer money goes only into a drawer someone has counted and answers for. */
export function assertCounterOpen(db: Database.Database): number {
  const id = openShiftId(db);
  if (id === null) throw new AppError('conflict', COUNTER_CLOSED);
  return id;
}
