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

  it("bounds a count by what a drawer can hold (the hard cap), not the owner's per-entry limit", () => {
    const d = db();
    setEntryLimit(d, '2.000.000');
    // A normal day's takings above the per-entry limit is still a count.
    expect(readCountedCash(d, { amount: '3.000.000' })).toEqual({ amount: 3_000_000, denominations: null });
    expect(readCountedCash(d, { denominations: { '100000': 30 } })).toEqual({ amount: 3_000_000, denominations: { '100000': 30 } });
    expect(() => readCountedCash(d, { amount: '10.000.000.001' })).toThrow(
      'Jumlah terlalu besar: paling banyak Rp 10.000.000.000.',
    );
  });
});
