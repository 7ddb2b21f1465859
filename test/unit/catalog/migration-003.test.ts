import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migration001 } from '../../../electron/core/ledger/migrations/001-ledger';
import { migration002 } from '../../../electron/core/ledger/migrations/002-provider-settings';
import { migration003 } from '../../../electron/core/ledger/migrations/003-catalog';

function v3(): Database.Database {
  const db = new Database(':memory:');
  applyMigrations(db, [migration001, migration002, migration003]);
  return db;
}

const insertOffer = `INSERT INTO catalog_offer (provider, provider_code, product_id, product_name, category, operator, nominal,
  description, cost, fee, active, synced_at) VALUES (?, ?, ?, 'n', ?, 'op', NULL, 'd', ?, NULL, 1, 0)`;

describe('migration 003 (catalog)', () => {
  it('upgrades a v2 database: default markups, one sync row per provider, settings untouched', () => {
    const db = new Database(':memory:');
    applyMigrations(db, [migration001, migration002]);
    db.prepare("UPDATE provider_setting SET mode = 'live', live_base_url = 'https://x' WHERE provider = 'iak'").run();
    applyMigrations(db, [migration001, migration002, migration003]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT category, markup FROM catalog_markup ORDER BY category').all()).toEqual([
      { category: 'bill', markup: 2500 },
      { category: 'data', markup: 2000 },
      { category: 'ewallet', markup: 1500 },
      { category: 'pln_token', markup: 2500 },
      { category: 'pulsa', markup: 2000 },
    ]);
    expect(db.prepare('SELECT provider, last_sync_at AS at, product_count AS n FROM catalog_sync_status ORDER BY provider').all()).toEqual([
      { provider: 'ayoconnect', at: null, n: 0 },
      { provider: 'iak', at: null, n: 0 },
      { provider: 'klikoo', at: null, n: 0 },
      { provider: 'mmbc', at: null, n: 0 },
    ]);
    expect(db.prepare("SELECT mode FROM provider_setting WHERE provider = 'iak'").get()).toEqual({ mode: 'live' });
  });

  it('keeps money integer and bills at cost 0, every other offer above 0', () => {
    const db = v3();
    db.prepare(insertOffer).run('iak', 'htelkomsel10000', 'pulsa:telkomsel:10000', 'pulsa', 10_300);
    db.prepare(insertOffer).run('iak', 'PLNPOSTPAID', 'bill:pln_postpaid', 'bill', 0);
    expect(() => db.prepare(insertOffer).run('iak', 'x1', 'pulsa:x:1', 'pulsa', '10.300')).toThrow(/cannot store (TEXT|REAL) value in INTEGER/);
    expect(() => db.prepare(insertOffer).run('iak', 'x2', 'pulsa:x:2', 'pulsa', 0)).toThrow(/CHECK/);
    expect(() => db.prepare(insertOffer).run('iak', 'x3', 'bill:x', 'bill', 2500)).toThrow(/CHECK/);
    expect(() => db.prepare(insertOffer).run('digiflazz', 'x4', 'pulsa:x:4', 'pulsa', 1)).toThrow(/CHECK/);
    expect(() => db.prepare(insertOffer).run('iak', 'x5', 'pulsa:x:5', 'voucher', 1)).toThrow(/CHECK/);
  });

  it('keys offers by provider and code, and refuses negative markups and non-positive overrides', () => {
    const db = v3();
    db.prepare(insertOffer).run('mmbc', 'TSEL10', 'pulsa:telkomsel:10000', 'pulsa', 10_750);
    expect(() => db.prepare(insertOffer).run('mmbc', 'TSEL10', 'pulsa:telkomsel:10000', 'pulsa', 10_750)).toThrow(/UNIQUE/);
    db.prepare(insertOffer).run('klikoo', 'TSEL10', 'pulsa:telkomsel:10000', 'pulsa', 10_450);
    expect(() => db.prepare("UPDATE catalog_markup SET markup = -1 WHERE category = 'pulsa'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO catalog_price_override (product_id, price, updated_at) VALUES ('p', 0, 0)").run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO catalog_price_override (product_id, price, updated_at) VALUES ('${'x'.repeat(121)}', 1, 0)`).run()).toThrow(/CHECK/);
  });
});
