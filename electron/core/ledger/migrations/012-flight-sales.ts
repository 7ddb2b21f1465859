import type Database from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * Flight tickets are sales (kind 'flight'), and a sale may earn the provider's commission (MMBC's
 * flight_bonus_agen): `commission`, fixed at commit, 0 for every other kind.
 *
 * SQLite cannot change a CHECK, so `sale` is rebuilt the documented way (sqlite.org/lang_altertable.html,
 * "making other kinds of table schema changes"): its CREATE TABLE sql and every index and trigger on
 * it are read from sqlite_schema, a new table is made from that sql (kind list + commission), rows are
 * copied, the old table dropped, the new one renamed and every index and trigger recreated from the
 * saved sql. Foreign keys are off for this migration (rebuildsTables; migrate.ts checks them all
 * before it commits). legacy_alter_table keeps the rename from rewriting other tables' references.
 *
 * The day totals (migration 009) count a ticket's cost as NTA + commission, so the report's margin
 * (gross - cost + commission) is price - NTA. A partial index finds a range's few sales with
 * commission, so the commission report reads only theirs (reports/commission.ts).
 */
export const migration012: Migration = {
  version: 12,
  name: 'flight-sales',
  rebuildsTables: true,
  up(db) {
    const tableSql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'sale'").pluck().get() as string;
    const dependents = db
      .prepare("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'sale' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid")
      .all() as { type: string; name: string; sql: string }[];
    const columns = (db.prepare("SELECT name FROM pragma_table_info('sale') ORDER BY cid").pluck().all() as string[]).join(', ');

    db.exec(newTableSql(tableSql));
    db.exec(`INSERT INTO sale_rebuilt (${columns}) SELECT ${columns} FROM sale;`);
    db.exec('DROP TABLE sale;');
    withLegacyRename(db, () => db.exec('ALTER TABLE sale_rebuilt RENAME TO sale;'));
    for (const { type, sql } of dependents) db.exec(type === 'trigger' ? withCommissionInCost(sql) : sql);
    db.exec('CREATE INDEX sale_with_commission ON sale(business_day) WHERE commission > 0;');
  },
};

const OLD_KINDS = "kind TEXT NOT NULL CHECK (kind IN ('pulsa','data','ewallet','pln_token','bill'))";
const NEW_KINDS = "kind TEXT NOT NULL CHECK (kind IN ('pulsa','data','ewallet','pln_token','bill','flight'))";

/** The saved CREATE TABLE, renamed, with 'flight' in the kind list and the commission column last. */
function newTableSql(sql: string): string {
  const strictEnd = /\)\s*STRICT\s*$/;
  if (!sql.includes(OLD_KINDS) || !strictEnd.test(sql) || !/^CREATE TABLE sale \(/.test(sql)) {
    throw new Error('Migrasi 12: bentuk tabel sale tidak dikenal; data tidak diubah.');
  }
  return sql
    .replace(/^CREATE TABLE sale \(/, 'CREATE TABLE sale_rebuilt (')
    .replace(OLD_KINDS, NEW_KINDS)
    .replace(strictEnd, ',\n  commission INTEGER NOT NULL DEFAULT 0 CHECK (commission >= 0)\n) STRICT');
}

/** A day-total trigger counts the sale's commission in its cost; other triggers are kept as they were. */
function withCommissionInCost(sql: string): string {
  return sql.replace(/COALESCE\((NEW|OLD)\.reported_cost, \1\.cost\)/g, 'COALESCE($1.reported_cost, $1.cost) + $1.commission');
}

function withLegacyRename(db: Database.Database, run: () => void): void {
  const was = db.pragma('legacy_alter_table', { simple: true }) as number;
  db.pragma('legacy_alter_table = ON');
  try {
    run();
  } finally {
    db.pragma(`legacy_alter_table = ${was ? 'ON' : 'OFF'}`);
  }
}
