import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';

const upTo = (v: number) => migrations.filter((m) => m.version <= v);

describe('migration 011 (shift follow-ups)', () => {
  it('keeps shifts written before it, adds the opening cause and reason, and a carried-over table that never changes', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(10));
    db.prepare(
      `INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float, opening_difference)
       VALUES ('m11-open', 'Sari', '2026-12-01', 0, 5000, 5000)`,
    ).run();
    applyMigrations(db, upTo(11));
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(db.prepare('SELECT cashier, opening_cause AS cause, opening_reason AS reason FROM shift').all()).toEqual([{ cashier: 'Sari', cause: null, reason: null }]);
    expect(() => db.prepare("UPDATE shift SET opening_cause = 'cashier' WHERE id = 1").run()).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
         refund, business_day, created_at, updated_at)
       VALUES ('m11-sale', 'LKM11', 'pulsa', 'iak', 'pulsa:xl:10000', 'x10', 'Pulsa XL 10.000', '081700000011', 12000, 10900, 'pending', 'none',
         '2026-12-01', 0, 0)`,
    ).run();
    db.prepare("INSERT INTO shift_carried_over (shift_id, sale_id, state) VALUES (1, 1, 'pending')").run();
    expect(() => db.prepare("UPDATE shift_carried_over SET state = 'success'").run()).toThrow(/never change/);
    expect(() => db.prepare('DELETE FROM shift_carried_over').run()).toThrow(/never change/);
  });
});
