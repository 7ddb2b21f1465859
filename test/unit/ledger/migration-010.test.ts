import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';

const upTo = (v: number) => migrations.filter((m) => m.version <= v);

describe('migration 010 (start-up indexes)', () => {
  it('adds the indexes on a ledger that already has sales, and each serves its start-up query', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(9));
    db.prepare(
      `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
         refund, business_day, created_at, updated_at)
       VALUES ('r1', 'LK1', 'pulsa', 'iak', 'pulsa:xl:10000', 'x10', 'Pulsa XL 10.000', '081700000001', 12000, 10900, 'failed', 'due',
         '2026-11-30', 0, 0)`,
    ).run();
    applyMigrations(db, upTo(10));
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT id FROM sale WHERE state IN ('committed','sent') ORDER BY id")).toBe('SCAN sale USING INDEX sale_interrupted');
    expect(plan("SELECT * FROM sale WHERE state = 'failed' AND refund = 'none' AND rerouted_to IS NULL ORDER BY id")).toBe('SCAN sale USING INDEX sale_failed_unrefunded');
    expect(plan("SELECT * FROM sale WHERE state IN ('pending','unknown') AND needs_operator = 0 AND next_check_at IS NOT NULL AND next_check_at <= 5 ORDER BY next_check_at")).toMatch(
      /^SEARCH sale USING INDEX sale_due \(next_check_at/,
    );
    expect(plan("SELECT * FROM sale WHERE refund = 'due' OR (alert IS NOT NULL AND alert_resolved_at IS NULL)")).toMatch(
      /MULTI-INDEX OR.*sale_refund_due \(refund=\?\).*sale_alert_unresolved \(alert_resolved_at=\?\)/,
    );
    expect(plan("SELECT id FROM journal_entry WHERE kind = 'sandbox_deposit_closeout'")).toMatch(/journal_entry_by_kind \(kind=\?\)/);
    expect(db.prepare("SELECT id FROM sale WHERE refund = 'due'").all()).toEqual([{ id: 1 }]);
  });
});
