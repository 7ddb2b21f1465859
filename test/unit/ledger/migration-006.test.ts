import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { ReceiptPrintLog } from '../../../electron/core/receipts/receipt-prints';

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

describe('migration 006 (receipt prints)', () => {
  it('adds receipt_print on a ledger with sales, leaving them as they were', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(5));
    const id = insertSale(db, 'A');
    applyMigrations(db, upTo(6));
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT id, ref_id FROM sale').all()).toEqual([{ id, ref_id: 'A' }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM receipt_print').get()).toEqual({ n: 0 });
  });

  it('is append-only: an attempt cannot be changed or removed', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(6));
    const log = new ReceiptPrintLog(db);
    log.record({ saleId: insertSale(db, 'A'), slip: 'receipt', copy: 'original', at: 1, target: 'tcp://127.0.0.1:9100', ok: true, error: null });
    expect(() => db.prepare("UPDATE receipt_print SET copy = 'original'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM receipt_print').run()).toThrow(/append-only/);
  });

  it('refuses an unknown slip or copy, a missing sale, and a failure without its reason', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(6));
    db.pragma('foreign_keys = ON');
    const saleId = insertSale(db, 'A');
    const insert = db.prepare('INSERT INTO receipt_print (sale_id, slip, copy, at, target, ok, error) VALUES (?, ?, ?, 1, ?, ?, ?)');
    expect(() => insert.run(saleId, 'invoice', 'original', 't', 1, null)).toThrow(/CHECK/);
    expect(() => insert.run(saleId, 'receipt', 'copy', 't', 1, null)).toThrow(/CHECK/);
    expect(() => insert.run(saleId, 'receipt', 'original', 't', 0, null)).toThrow(/CHECK/);
    expect(() => insert.run(saleId, 'receipt', 'original', 't', 1, 'macet')).toThrow(/CHECK/);
    expect(() => insert.run(saleId + 100, 'receipt', 'original', 't', 1, null)).toThrow(/FOREIGN KEY/);
  });

  it('counts reprints per slip: a failed print is no copy, the pending slip does not make the receipt a duplicate', () => {
    const db = new Database(':memory:');
    applyMigrations(db, upTo(6));
    const log = new ReceiptPrintLog(db);
    const saleId = insertSale(db, 'A');
    const attempt = { saleId, target: 'tcp://127.0.0.1:9100', error: null };
    log.record({ ...attempt, slip: 'pending', copy: 'original', at: 1, ok: true });
    expect(log.nextCopy(saleId, 'receipt', 2)).toEqual({ kind: 'original' });
    log.record({ ...attempt, slip: 'receipt', copy: 'original', at: 2, ok: false, error: 'Printer tidak menjawab.' });
    expect(log.nextCopy(saleId, 'receipt', 3)).toEqual({ kind: 'original' });
    log.record({ ...attempt, slip: 'receipt', copy: 'original', at: 3, ok: true });
    expect(log.nextCopy(saleId, 'receipt', 4)).toEqual({ kind: 'duplicate', reprintNumber: 1, at: 4 });
    log.record({ ...attempt, slip: 'receipt', copy: 'duplicate', at: 4, ok: true });
    expect(log.nextCopy(saleId, 'receipt', 5)).toEqual({ kind: 'duplicate', reprintNumber: 2, at: 5 });
    expect(log.history(saleId).map((a) => [a.slip, a.copy, a.ok])).toEqual([
      ['pending', 'original', true],
      ['receipt', 'original', false],
      ['receipt', 'original', true],
      ['receipt', 'duplicate', true],
    ]);
  });
});
