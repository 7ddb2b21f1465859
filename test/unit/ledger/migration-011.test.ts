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
    // Closed at 100 with a sale pending then and settled at 200: the backfill keeps it, as it was at 100.
    db.prepare(
      `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
         refund, business_day, created_at, updated_at, settled_at)
       VALUES ('m11-old', 'LKM11OLD', 'pulsa', 'iak', 'pulsa:xl:10000', 'x10', 'Pulsa XL 10.000', '081700000010', 12000, 10900, 'success', 'none',
         '2026-12-01', 50, 200, 200)`,
    ).run();
    db.prepare("INSERT INTO sale_event (sale_id, from_state, to_state, source, detail, at) VALUES (1, 'sent', 'pending', 'provider', 'Proses', 60)").run();
    db.prepare("UPDATE shift SET closed_at = 100, close_request_id = 'm11-close', expected_cash = 5000, counted_cash = 5000, difference = 0 WHERE id = 1").run();
    applyMigrations(db, upTo(11));
    expect(db.prepare('SELECT shift_id AS shiftId, sale_id AS saleId, state FROM shift_carried_over').all()).toEqual([{ shiftId: 1, saleId: 1, state: 'pending' }]);
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(db.prepare('SELECT cashier, opening_cause AS cause, opening_reason AS reason FROM shift').all()).toEqual([{ cashier: 'Sari', cause: null, reason: null }]);
    db.prepare("INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float, opening_difference) VALUES ('m11-open-2', 'Budi', '2026-12-01', 300, 0, 0)").run();
    expect(() => db.prepare("UPDATE shift SET opening_cause = 'cashier' WHERE id = 2").run()).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
         refund, business_day, created_at, updated_at)
       VALUES ('m11-sale', 'LKM11', 'pulsa', 'iak', 'pulsa:xl:10000', 'x10', 'Pulsa XL 10.000', '081700000011', 12000, 10900, 'pending', 'none',
         '2026-12-01', 0, 0)`,
    ).run();
    db.prepare("INSERT INTO shift_carried_over (shift_id, sale_id, state) VALUES (2, 2, 'pending')").run();
    expect(() => db.prepare("UPDATE shift_carried_over SET state = 'success'").run()).toThrow(/never change/);
    expect(() => db.prepare('DELETE FROM shift_carried_over').run()).toThrow(/never change/);
  });
});
