import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { setEntryLimit } from '../../../electron/core/ledger/entry-limit';
import { readCountedCash } from '../../../electron/core/shifts/counted-cash';

function db(): Database.Database {
  const d = new Database(':memory:');
  applyMigrations(d, migrations);
  return d;
}

describe('the counted cash', () => {
  it('reads one typed amount with the money parser, and 0 for an empty drawer', () => {
    const d = db();
    expect(readCountedCash(d, { amount: 'Rp 250.000' })).toEqual({ amount: 250_000, denominations: null });
    expect(readCountedCash(d, { amount: 75_500 })).toEqual({ amount: 75_500, denominations: null });
    expect(readCountedCash(d, { amount: 'Rp 0' })).toEqual({ amount: 0, denominations: null });
    expect(() => readCountedCash(d, { amount: '-5000' })).toThrow(/lebih dari nol/);
    expect(() => readCountedCash(d, { amount: '12.5' })).toThrow(/tidak valid/);
  });

  it('sums pieces per denomination, keeping the pieces counted and leaving out zero counts', () => {
    expect(readCountedCash(db(), { denominations: { '100000': 2, '50000': 1, '2000': 0, '500': 4 } })).toEqual({
      amount: 252_000,
      denominations: { '100000': 2, '50000': 1, '500': 4 },
    });
  });

  it("holds the count to the owner's per-entry limit", () => {
    const d = db();
    setEntryLimit(d, '5.000.000');
    expect(() => readCountedCash(d, { amount: '5.000.001' })).toThrow('Nominal Rp 5.000.001 melebihi batas. Maksimal Rp 5.000.000 per transaksi.');
    expect(() => readCountedCash(d, { denominations: { '100000': 51 } })).toThrow(/melebihi batas/);
  });
});
