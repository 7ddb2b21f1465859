import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { listSales } from '../../../electron/core/sales/sales-queries';

/** Issue 7 item 15: the history search matches what the cashier typed literally; % and _ are not wildcards. */
function ledgerWith(names: string[]): Database.Database {
  const db = new Database(':memory:');
  applyMigrations(db, migrations);
  const insert = db.prepare(
    `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state, business_day, created_at, updated_at)
     VALUES (?, ?, 'pulsa', 'iak', 'p', 'c', ?, ?, 12000, 10800, 'success', '2026-11-24', 0, 0)`,
  );
  names.forEach((name, i) => insert.run(`req-${i}`, `REF${i}`, name, `08123456000${i}`));
  return db;
}

const search = (db: Database.Database, query: string) => listSales(db, { query }).map((s) => s.productName).sort();

describe('history search', () => {
  const db = ledgerWith(['Bonus 100% Kuota', 'Pulsa 1000 Bonus', 'Data_Harian', 'DataXHarian', 'Path\\Test']);

  it('treats % as a literal character', () => {
    expect(search(db, '100%')).toEqual(['Bonus 100% Kuota']);
    expect(search(db, '%')).toEqual(['Bonus 100% Kuota']);
  });

  it('treats _ as a literal character', () => {
    expect(search(db, 'Data_')).toEqual(['Data_Harian']);
    expect(search(db, '_')).toEqual(['Data_Harian']);
  });

  it('treats the escape character itself literally', () => {
    expect(search(db, 'Path\\T')).toEqual(['Path\\Test']);
  });

  it('still finds plain text anywhere in the name, the number or the reference', () => {
    expect(search(db, 'bonus')).toEqual(['Bonus 100% Kuota', 'Pulsa 1000 Bonus']);
    expect(search(db, 'REF3')).toEqual(['DataXHarian']);
  });
});
