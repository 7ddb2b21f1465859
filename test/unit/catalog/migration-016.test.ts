import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';

/** Migration 016: the rounding rule per category next to its markup (issue 12 item 9). */
const upTo = (version: number) => migrations.filter((m) => m.version <= version);

describe('migration 016 (price rounding)', () => {
  it('upgrades a v15 database: markups kept, every category without rounding', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(15));
    db.prepare("UPDATE catalog_markup SET markup = 1750, updated_at = 5 WHERE category = 'pulsa'").run();
    applyMigrations(db, upTo(16));
    expect(db.pragma('user_version', { simple: true })).toBe(16);
    expect(db.prepare("SELECT markup, rounding, updated_at AS updatedAt FROM catalog_markup WHERE category = 'pulsa'").get()).toEqual({
      markup: 1750,
      rounding: 0,
      updatedAt: 5,
    });
    expect(db.prepare('SELECT DISTINCT rounding FROM catalog_markup').all()).toEqual([{ rounding: 0 }]);
  });

  it('refuses a step the owner cannot choose, in the table itself', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(16));
    db.prepare("UPDATE catalog_markup SET rounding = 500 WHERE category = 'data'").run();
    expect(() => db.prepare("UPDATE catalog_markup SET rounding = 300 WHERE category = 'data'").run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT rounding FROM catalog_markup WHERE category = 'data'").get()).toEqual({ rounding: 500 });
  });
});
