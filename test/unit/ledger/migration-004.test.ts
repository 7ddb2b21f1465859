import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';

const upTo = (v: number) => migrations.filter((m) => m.version <= v);

function insertSale(db: Database.Database, refId: string, state = 'committed') {
  return db
    .prepare(
      `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state, business_day, created_at, updated_at)
       VALUES (?, ?, 'pulsa', 'iak', 'p', 'c', 'n', '0812', 12000, 10800, ?, '2026-11-24', 0, 0)`,
    )
    .run(`req-${refId}`, refId, state);
}

describe('migration 004 (sales)', () => {
  it('upgrades a v3 database: adds the customer-funds account and the sale tables, journal untouched', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(3));
    db.prepare("INSERT INTO journal_entry (idem_key, kind, memo, at, business_day) VALUES ('k', 't', 'm', 0, '2026-01-01')").run();
    applyMigrations(db, upTo(4));
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare("SELECT kind FROM account WHERE code = 'customer_funds_held'").get()).toEqual({ kind: 'liability' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM journal_entry').get()).toEqual({ n: 1 });
  });

  it('keeps a reference unique, settled sales final, and sale history append-only', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(4));
    insertSale(db, 'REF1');
    expect(() => insertSale(db, 'REF1')).toThrow(/UNIQUE/);
    db.prepare("UPDATE sale SET state = 'success' WHERE ref_id = 'REF1'").run();
    expect(() => db.prepare("UPDATE sale SET state = 'failed' WHERE ref_id = 'REF1'").run()).toThrow(/cannot change state/);
    expect(() => db.prepare('DELETE FROM sale').run()).toThrow(/never deleted/);
    db.prepare("INSERT INTO sale_event (sale_id, to_state, source, detail, at) VALUES (1, 'committed', 'cashier', 'x', 0)").run();
    expect(() => db.prepare("UPDATE sale_event SET detail = 'y'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM sale_event').run()).toThrow(/append-only/);
    expect(() => insertSale(db, 'REF2', 'teleported')).toThrow(/CHECK/);
  });
});
