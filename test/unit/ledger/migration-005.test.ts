import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';

const upTo = (v: number) => migrations.filter((m) => m.version <= v);

function insertSale(db: Database.Database, refId: string, provider: string) {
  db.prepare(
    `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state, business_day, created_at, updated_at)
     VALUES (?, ?, 'pulsa', ?, 'p', 'c', 'n', '0812', 12000, 10800, 'pending', '2026-11-24', 0, 0)`,
  ).run(`req-${refId}`, refId, provider);
}

describe('migration 005 (sale safety)', () => {
  it('gives each existing sale the mode its provider has, no base URL, no reported cost and no alert', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(4));
    db.prepare("UPDATE provider_setting SET mode = 'live', live_base_url = 'https://api.example' WHERE provider = 'iak'").run();
    insertSale(db, 'A', 'iak');
    insertSale(db, 'B', 'mmbc');
    applyMigrations(db, upTo(5));
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    const rows = db.prepare('SELECT ref_id, provider_mode, provider_base_url, reported_cost, alert FROM sale ORDER BY ref_id').all();
    expect(rows).toEqual([
      { ref_id: 'A', provider_mode: 'live', provider_base_url: null, reported_cost: null, alert: null },
      { ref_id: 'B', provider_mode: 'sandbox', provider_base_url: null, reported_cost: null, alert: null },
    ]);
  });

  it('refuses an unknown mode, a non-positive reported cost and an unknown alert kind', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(5));
    insertSale(db, 'A', 'iak');
    expect(() => db.prepare("UPDATE sale SET provider_mode = 'staging'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE sale SET reported_cost = 0').run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE sale SET alert = 'boom'").run()).toThrow(/CHECK/);
  });

  it('indexes rerouted_from: the next attempt of a sale (latestAttempt, stranded reroutes at start) is found without a table scan', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(5));
    const index = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sale' AND sql LIKE '%rerouted_from%'").get() as
      | { sql: string }
      | undefined;
    expect(index?.sql).toMatch(/ON sale\s*\(rerouted_from\)/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT 1 FROM sale WHERE rerouted_from = ?').all(1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX/);
  });
});
