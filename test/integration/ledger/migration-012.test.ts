import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';

const upTo = (v: number) => migrations.filter((m) => m.version <= v);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A ledger file at v11 with a shift, sales in every state, their events, a receipt print and day totals. */
function ledgerAtV11(): Database.Database {
  const dir = mkdtempSync(join(tmpdir(), 'loket-m12-'));
  dirs.push(dir);
  const db = new Database(join(dir, 'ledger.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, upTo(11));
  db.prepare("INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float) VALUES ('m12-shift', 'Sari', '2026-12-01', 10, 50000)").run();
  const sale = db.prepare(
    `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
       refund, business_day, created_at, updated_at, settled_at, shift_id, reported_cost, provider_ref, serial, details_json, itrx)
     VALUES (@requestId, @refId, @kind, @provider, 'pulsa:xl:10000', 'x10', 'Pulsa XL 10.000', @customerNo, @price, 10900, @state,
       @refund, '2026-12-01', @at, @at, @settledAt, 1, @reportedCost, @providerRef, @serial, @details, @itrx)`,
  );
  const rows = [
    { requestId: 'm12-a', refId: 'LKM12A', kind: 'pulsa', provider: 'mmbc', customerNo: '081700000001', price: 12000, state: 'success', refund: 'none', at: 20, settledAt: 25, reportedCost: 10950, providerRef: 'INV1', serial: 'SN1', details: '{"a":1}', itrx: 1 },
    { requestId: 'm12-b', refId: 'LKM12B', kind: 'data', provider: 'iak', customerNo: '081700000002', price: 15000, state: 'failed', refund: 'due', at: 30, settledAt: 35, reportedCost: null, providerRef: null, serial: null, details: '{}', itrx: null },
    { requestId: 'm12-c', refId: 'LKM12C', kind: 'ewallet', provider: 'klikoo', customerNo: '081700000003', price: 13000, state: 'pending', refund: 'none', at: 40, settledAt: null, reportedCost: null, providerRef: 'K3', serial: null, details: '{}', itrx: null },
    { requestId: 'm12-d', refId: 'LKM12D', kind: 'bill', provider: 'ayoconnect', customerNo: '5300000004', price: 52500, state: 'success', refund: 'none', at: 50, settledAt: 55, reportedCost: null, providerRef: 'A4', serial: 'REF4', details: '{"tagihan":50000}', itrx: null },
  ];
  for (const row of rows) sale.run(row);
  // A rerouted attempt (the trigger sets rerouted_to on the first).
  db.prepare(
    `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
       business_day, created_at, updated_at, rerouted_from, shift_id)
     VALUES ('m12-b#2', 'LKM12B2', 'data', 'mmbc', 'pulsa:xl:10000', 'x10', 'Pulsa XL 10.000', '081700000002', 15000, 10900, 'unknown', '2026-12-01', 36, 36, 2, 1)`,
  ).run();
  const event = db.prepare("INSERT INTO sale_event (sale_id, from_state, to_state, source, detail, at) VALUES (?, ?, ?, 'provider', ?, ?)");
  for (let id = 1; id <= 5; id += 1) event.run(id, null, 'committed', `ev ${id}`, id * 10);
  db.prepare("INSERT INTO receipt_print (sale_id, slip, copy, at, target, ok) VALUES (1, 'receipt', 'original', 26, 'printer', 1)").run();
  db.prepare("INSERT INTO shift_carried_over (shift_id, sale_id, state) VALUES (1, 3, 'pending')").run();
  return db;
}

/** Rows in a fixed order (the WITHOUT ROWID tables are read in primary-key order). */
const dump = (db: Database.Database, table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).all();

/** sale_day_total as migration 009 defines it, recomputed from the rows (cost includes commission after 012). */
function recomputedTotals(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT business_day, kind, provider, product_id, COALESCE(shift_id, 0) AS shift_key,
         SUM(CASE WHEN rerouted_to IS NULL AND state = 'success' THEN 1 ELSE 0 END) AS success_count,
         SUM(CASE WHEN rerouted_to IS NULL AND state = 'success' THEN price ELSE 0 END) AS gross,
         SUM(CASE WHEN rerouted_to IS NULL AND state = 'success' THEN COALESCE(reported_cost, cost) + commission ELSE 0 END) AS cost,
         SUM(CASE WHEN rerouted_to IS NULL AND state = 'failed' AND refund <> 'none' THEN 1 ELSE 0 END) AS refund_count,
         SUM(CASE WHEN rerouted_to IS NULL AND state = 'failed' AND refund <> 'none' THEN price ELSE 0 END) AS refund_amount,
         SUM(CASE WHEN rerouted_to IS NULL AND state = 'failed' AND refund = 'paid' THEN price ELSE 0 END) AS refunds_paid,
         SUM(CASE WHEN rerouted_to IS NULL AND state IN ('committed','sent','pending','unknown') THEN 1 ELSE 0 END) AS pending_count,
         SUM(CASE WHEN rerouted_to IS NULL AND state = 'failed' THEN 1 ELSE 0 END) AS failed_count
       FROM sale GROUP BY 1, 2, 3, 4, 5 HAVING success_count + pending_count + failed_count + refund_count <> 0 ORDER BY 1, 2, 3, 4, 5`,
    )
    .all();
}
const storedTotals = (db: Database.Database) =>
  db
    .prepare(
      `SELECT business_day, kind, provider, product_id, shift_key, success_count, gross, cost, refund_count, refund_amount, refunds_paid,
         pending_count, failed_count FROM sale_day_total
       WHERE success_count + pending_count + failed_count + refund_count <> 0 ORDER BY 1, 2, 3, 4, 5`,
    )
    .all();

const schemaOf = (db: Database.Database) =>
  (db.prepare("SELECT type, name FROM sqlite_schema WHERE tbl_name = 'sale' AND type IN ('index','trigger') ORDER BY name").all() as { type: string; name: string }[]).map(
    (r) => `${r.type}:${r.name}`,
  ).sort();

describe('migration 012 (flight sales: sale table rebuilt)', () => {
  it('keeps every row and value, every index and trigger, and the foreign keys on', () => {
    const db = ledgerAtV11();
    const before = { sale: dump(db, 'sale'), events: dump(db, 'sale_event'), receipts: dump(db, 'receipt_print'), carried: dump(db, 'shift_carried_over'), shift: dump(db, 'shift'), totals: dump(db, 'sale_day_total') };
    const schemaBefore = schemaOf(db);
    expect(applyMigrations(db, upTo(12))).toEqual([12]);

    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('legacy_alter_table', { simple: true })).toBe(0);
    expect(dump(db, 'sale')).toEqual((before.sale as Record<string, unknown>[]).map((row) => ({ ...row, commission: 0 })));
    expect(dump(db, 'sale_event')).toEqual(before.events);
    expect(dump(db, 'receipt_print')).toEqual(before.receipts);
    expect(dump(db, 'shift_carried_over')).toEqual(before.carried);
    expect(dump(db, 'shift')).toEqual(before.shift);
    expect(dump(db, 'sale_day_total')).toEqual(before.totals);
    expect(schemaOf(db)).toEqual([...schemaBefore, 'index:sale_with_commission'].sort());
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Other tables still reference the table named sale.
    const fkTargets = ['sale_event', 'receipt_print', 'shift_carried_over', 'sale'].map((t) =>
      (db.prepare(`SELECT "table" FROM pragma_foreign_key_list('${t}')`).pluck().all() as string[]).filter((x) => x.startsWith('sale')),
    );
    expect(fkTargets).toEqual([['sale'], ['sale'], ['sale'], ['sale', 'sale']]);
  });

  it('keeps every trigger working, counts commission in the day cost, and accepts flight but no unknown kind', () => {
    const db = ledgerAtV11();
    applyMigrations(db, upTo(12));
    expect(() => db.prepare("UPDATE sale_event SET detail = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM sale_event WHERE id = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM sale WHERE id = 1').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE sale SET state = 'failed' WHERE id = 1").run()).toThrow(/settled sale/);
    expect(() => db.prepare("UPDATE receipt_print SET ok = 0 WHERE id = 1").run()).toThrow(/append-only/);
    // A sale event for a sale that does not exist is refused again (foreign keys are on).
    expect(() => db.prepare("INSERT INTO sale_event (sale_id, to_state, source, detail, at) VALUES (999, 'sent', 'provider', 'x', 1)").run()).toThrow(/FOREIGN KEY/);

    const insert = db.prepare(
      `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, commission,
         state, business_day, created_at, updated_at, shift_id)
       VALUES (?, ?, ?, 'mmbc', ?, ?, 'Tiket Pesawat', ?, ?, ?, ?, 'sent', '2026-12-01', 60, 60, 1)`,
    );
    insert.run('m12-f', 'LKM12F', 'flight', 'flight:ABC123', 'ABC123', 'ABC123', 1_250_000, 1_180_000, 15_000);
    expect(() => insert.run('m12-x', 'LKM12X', 'hotel', 'hotel:1', 'H1', 'H1', 10_000, 9_000, 0)).toThrow(/CHECK/);
    expect(() => insert.run('m12-n', 'LKM12N', 'flight', 'flight:NEG', 'NEG', 'NEG', 10_000, 9_000, -1)).toThrow(/CHECK/);
    db.prepare("UPDATE sale SET state = 'success', settled_at = 70, updated_at = 70 WHERE request_id = 'm12-f'").run();
    // A later reroute still marks its first attempt (sale_marks_rerouted).
    insert.run('m12-c#2', 'LKM12C2', 'ewallet', 'pulsa:xl:10000', 'x10', '081700000003', 13000, 10900, 0);
    db.prepare("UPDATE sale SET rerouted_from = 3 WHERE request_id = 'm12-c#2'").run();

    expect(storedTotals(db)).toEqual(recomputedTotals(db));
    const flight = db.prepare("SELECT gross, cost FROM sale_day_total WHERE kind = 'flight'").get();
    expect(flight).toEqual({ gross: 1_250_000, cost: 1_195_000 });
    expect(db.prepare("SELECT id FROM sale WHERE business_day = '2026-12-01' AND commission > 0").pluck().all()).toEqual([6]);
  });

  it('rolls back and turns foreign keys on again when a reference is broken', () => {
    const db = ledgerAtV11();
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO sale_event (sale_id, to_state, source, detail, at) VALUES (999, 'sent', 'provider', 'orphan', 1)").run();
    db.pragma('foreign_keys = ON');
    const kindCheck = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'sale'").pluck().get();
    expect(() => applyMigrations(db, upTo(12))).toThrow(/referensi rusak/);
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'sale'").pluck().get()).toBe(kindCheck);
  });
});
