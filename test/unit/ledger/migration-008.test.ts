import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';

const upTo = (v: number) => migrations.filter((m) => m.version <= v);

function insertSale(db: Database.Database, refId: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state, business_day, created_at, updated_at)
         VALUES (?, ?, 'pulsa', 'iak', 'p', 'c', 'n', '0812', 12000, 10800, 'success', '2026-11-30', 0, 0)`,
      )
      .run(`req-${refId}`, refId).lastInsertRowid,
  );
}

const openShift = (db: Database.Database, requestId: string) =>
  Number(
    db
      .prepare("INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float) VALUES (?, 'Sari', '2026-12-01', 1, 200000)")
      .run(requestId).lastInsertRowid,
  );

const close = (db: Database.Database, id: number, counted: number, expected: number, reason: string | null) =>
  db
    .prepare(
      `UPDATE shift SET closed_at = 2, close_request_id = ?, expected_cash = ?, counted_cash = ?, difference = ?, difference_reason = ?
       WHERE id = ?`,
    )
    .run(`close-${id}`, expected, counted, counted - expected, reason, id);

describe('migration 008 (shifts and day close)', () => {
  it('adds the cash_difference expense account, shift, day_close and sale.shift_id, leaving old sales without a shift', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(7));
    const old = insertSale(db, 'A');
    applyMigrations(db, upTo(8));
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare("SELECT name, kind, provider FROM account WHERE code = 'cash_difference'").get()).toEqual({
      name: 'Selisih kas',
      kind: 'expense',
      provider: null,
    });
    expect(db.prepare('SELECT id, shift_id FROM sale').all()).toEqual([{ id: old, shift_id: null }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM shift').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM day_close').get()).toEqual({ n: 0 });
  });

  it('allows only one open shift at a time; after a close the next one may open', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(8));
    const first = openShift(db, 'open-1');
    expect(() => openShift(db, 'open-2')).toThrow(/UNIQUE/);
    close(db, first, 200_000, 200_000, null);
    expect(() => openShift(db, 'open-2')).not.toThrow();
  });

  it('a closed shift is final and no shift is ever deleted', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(8));
    const id = openShift(db, 'open-1');
    close(db, id, 190_000, 200_000, 'Kembalian salah');
    expect(() => db.prepare('UPDATE shift SET counted_cash = 200000 WHERE id = ?').run(id)).toThrow(/final/);
    expect(() => db.prepare('DELETE FROM shift').run()).toThrow(/never deleted/);
  });

  it('refuses a negative float or count, a difference that does not add up, and a difference without its reason', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(8));
    expect(() =>
      db.prepare("INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float) VALUES ('x', 'Sari', '2026-12-01', 1, -1)").run(),
    ).toThrow(/CHECK/);
    const id = openShift(db, 'open-1');
    expect(() => close(db, id, -5, 0, 'x')).toThrow(/CHECK/);
    expect(() => close(db, id, 190_000, 200_000, null)).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("UPDATE shift SET closed_at = 2, close_request_id = 'c', expected_cash = 10, counted_cash = 10, difference = 5 WHERE id = ?")
        .run(id),
    ).toThrow(/CHECK/);
  });

  it('a sale names its shift; a shift that does not exist is refused', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(8));
    db.pragma('foreign_keys = ON');
    const shift = openShift(db, 'open-1');
    const sale = insertSale(db, 'A');
    db.prepare('UPDATE sale SET shift_id = ? WHERE id = ?').run(shift, sale);
    expect(() => db.prepare('UPDATE sale SET shift_id = ? WHERE id = ?').run(shift + 100, sale)).toThrow(/FOREIGN KEY/);
  });
});
