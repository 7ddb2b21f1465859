import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import type { Migration } from './migrations';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(list: readonly Migration[]): number {
  return list.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Refuses a database written by a newer Loket: running old code on it could corrupt the books. */
export function assertNotNewer(db: Database.Database, list: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = latestVersion(list);
  if (current > latest) {
    throw new AppError(
      'internal',
      `Database ini dibuat oleh versi Loket yang lebih baru (skema v${current}, aplikasi ini v${latest}). ` +
        'Perbarui Loket; data tidak diubah.',
    );
  }
}

/**
 * Applies each pending migration in its own transaction together with its user_version stamp, so
 * a crash leaves the database at the previous version or the next, never between.
 */
export function applyMigrations(db: Database.Database, list: readonly Migration[]): number[] {
  assertNotNewer(db, list);
  const applied: number[] = [];
  const sorted = [...list].sort((a, b) => a.version - b.version);
  for (const migration of sorted) {
    if (migration.version <= schemaVersion(db)) continue;
    const run = db.transaction(() => {
      migration.up(db);
      if (migration.rebuildsTables) assertForeignKeysHold(db, migration);
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    });
    if (migration.rebuildsTables) withForeignKeysOff(db, () => run.immediate());
    else run.immediate();
    applied.push(migration.version);
  }
  return applied;
}

/**
 * Runs a table rebuild with foreign keys off (a dropped table would otherwise cascade or refuse),
 * restoring the connection's setting afterwards, also when the migration throws.
 */
function withForeignKeysOff(db: Database.Database, run: () => void): void {
  const wasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    run();
  } finally {
    if (wasOn) db.pragma('foreign_keys = ON');
  }
}

/** Inside the rebuild's transaction: any dangling reference rolls the whole migration back. */
function assertForeignKeysHold(db: Database.Database, migration: Migration): void {
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (broken.length > 0) {
    const first = broken[0]!;
    throw new AppError(
      'internal',
      `Migrasi ${migration.version} (${migration.name}) dibatalkan: ${broken.length} referensi rusak (mis. ${first.table} baris ${first.rowid} -> ${first.parent}). Data tidak diubah.`,
    );
  }
}
