import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { makeTempDir } from '../../support/temp-dir';
import { insertSale, keptTotals, recomputedTotals } from './sale-rows';

const upTo = (v: number) => migrations.filter((m) => m.version <= v);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function fileDb(): Database.Database {
  const { dir, cleanup } = makeTempDir();
  const db = new Database(join(dir, 'loket.db'));
  cleanups.push(() => {
    db.close();
    cleanup();
  });
  return db;
}

const reroutedTo = (db: Database.Database, id: number) => (db.prepare('SELECT rerouted_to AS r FROM sale WHERE id = ?').get(id) as { r: number | null }).r;

describe('migration 009 (report totals)', () => {
  it('starts the day totals from the sales already written, a rerouted attempt marked and left out', () => {
    const db = fileDb();
    applyMigrations(db, upTo(8));
    insertSale(db, { day: '2026-11-30', state: 'success', reportedCost: 10_300 });
    const refused = insertSale(db, { day: '2026-11-30', provider: 'mmbc', state: 'failed' });
    const next = insertSale(db, { day: '2026-11-30', state: 'success', reroutedFrom: refused });
    insertSale(db, { day: '2026-11-30', state: 'failed', refund: 'paid' });
    insertSale(db, { day: '2026-12-01', state: 'pending', kind: 'data', productId: 'data:xl' });
    applyMigrations(db, upTo(9));
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(reroutedTo(db, refused)).toBe(next);
    expect(keptTotals(db)).toEqual(recomputedTotals(db));
    expect(keptTotals(db)).toContainEqual(expect.objectContaining({ business_day: '2026-11-30', provider: 'iak', success_count: 2, gross: 24_000, cost: 21_100, failed_count: 1, refunds_paid: 12_000 }));
    expect(keptTotals(db)).not.toContainEqual(expect.objectContaining({ provider: 'mmbc' }));
  });

  it('keeps the totals equal to the rows through every change a sale goes through', () => {
    const db = fileDb();
    applyMigrations(db, upTo(9));
    const shift = Number(db.prepare("INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float) VALUES ('shift-1', 'Ani', '2026-11-30', 0, 0)").run().lastInsertRowid);
    const update = (id: number, set: string) => db.prepare(`UPDATE sale SET ${set} WHERE id = ?`).run(id);
    const a = insertSale(db, { day: '2026-11-30', state: 'committed', shiftId: shift });
    expect(keptTotals(db)).toEqual(recomputedTotals(db));
    update(a, "state = 'sent'");
    update(a, "state = 'pending', reported_cost = 10_750");
    update(a, "next_check_at = 5");
    update(a, "state = 'success'");
    expect(keptTotals(db)).toEqual(recomputedTotals(db));
    const b = insertSale(db, { day: '2026-11-30', provider: 'mmbc', state: 'committed' });
    update(b, "state = 'failed'");
    // The engine's reroute: the refused attempt fails (no refund), the next one is inserted.
    const c = insertSale(db, { day: '2026-11-30', state: 'committed', reroutedFrom: b });
    expect(reroutedTo(db, b)).toBe(c);
    update(c, "state = 'failed', refund = 'due'");
    update(c, "refund = 'paid'");
    const d = insertSale(db, { day: '2026-12-01', state: 'committed' });
    update(d, "state = 'unknown'");
    update(d, `shift_id = ${shift}`);
    expect(keptTotals(db)).toEqual(recomputedTotals(db));
    expect(keptTotals(db)).toHaveLength(3);
  });
});
