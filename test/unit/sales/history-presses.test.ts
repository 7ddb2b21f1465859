import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { listSales, saleAttempts, salesTotals } from '../../../electron/core/sales/sales-queries';

/**
 * Issue 12 items 11 and 13: History shows one row per cashier press (an automatic reroute's refused
 * attempt is inside the detail, not a "Gagal" row of its own) and totals the WHOLE filter.
 */
function ledger(): Database.Database {
  const db = new Database(':memory:');
  applyMigrations(db, migrations);
  const insert = db.prepare(
    `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state, message,
       rerouted_from, business_day, created_at, updated_at)
     VALUES (?, ?, 'pulsa', ?, 'p', 'c', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const add = (ref: string, provider: string, price: number, state: string, message: string, from: number | null, day: string, at: number) =>
    Number(insert.run(`req-${ref}`, ref, provider, `Pulsa ${ref}`, '081234567890', price, price - 500, state, message, from, day, at, at).lastInsertRowid);
  const refused = add('REF-IAK-1', 'iak', 12_000, 'failed', 'Nomor yang sama hanya boleh 1 kali sehari', null, '2026-11-24', 1_000);
  add('REF-KLK-1', 'klikoo', 12_000, 'success', 'Transaksi berhasil', refused, '2026-11-24', 2_000);
  add('REF-OK-2', 'iak', 25_000, 'success', 'Transaksi berhasil', null, '2026-11-24', 3_000);
  add('REF-NO-3', 'iak', 50_000, 'failed', 'Nomor tujuan salah', null, '2026-11-24', 4_000);
  add('REF-OK-4', 'iak', 7_000, 'success', 'Transaksi berhasil', null, '2026-11-25', 5_000);
  return db;
}

describe('History: one row per press', () => {
  const db = ledger();

  it('lists the last attempt of a rerouted press, not the refused attempt', () => {
    expect(listSales(db, {}).map((s) => s.refId)).toEqual(['REF-OK-4', 'REF-NO-3', 'REF-OK-2', 'REF-KLK-1']);
    expect(listSales(db, { state: 'failed' }).map((s) => s.refId)).toEqual(['REF-NO-3']);
  });

  it('finds the press by the ref of its earlier attempt', () => {
    expect(listSales(db, { query: 'REF-IAK-1' }).map((s) => s.refId)).toEqual(['REF-KLK-1']);
  });

  it('lists every attempt of a press, oldest first, with the provider and its words', () => {
    const last = listSales(db, { query: 'REF-KLK-1' })[0]!;
    expect(saleAttempts(db, last.id).map((a) => [a.refId, a.provider, a.state, a.message])).toEqual([
      ['REF-IAK-1', 'iak', 'failed', 'Nomor yang sama hanya boleh 1 kali sehari'],
      ['REF-KLK-1', 'klikoo', 'success', 'Transaksi berhasil'],
    ]);
  });

  it('totals the whole filter, not only the loaded page', () => {
    expect(salesTotals(db, { limit: 1 })).toEqual({ count: 4, successCount: 3, successPrice: 44_000 });
    expect(salesTotals(db, { from: '2026-11-24', to: '2026-11-24' })).toEqual({ count: 3, successCount: 2, successPrice: 37_000 });
    expect(salesTotals(db, { state: 'failed' })).toEqual({ count: 1, successCount: 0, successPrice: 0 });
  });
});
