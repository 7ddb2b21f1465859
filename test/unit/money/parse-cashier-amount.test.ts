import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TYPED_AMOUNTS } from '../../support/typed-amounts';
import { DEFAULT_ENTRY_LIMIT, ENTRY_LIMIT_HARD_CAP, formatRupiah, MAX_RUPIAH, parseCashierAmount, rupiah } from '../../../electron/core/money';

describe('parseCashierAmount', () => {
  it.each([
    ['10000', 10_000],
    ['10.000', 10_000],
    ['Rp 10.000', 10_000],
    ['Rp10.000', 10_000],
    ['rp. 1.250.000', 1_250_000],
    ['Rp 10.000,00', 10_000],
    [' 5000 ', 5_000],
    [25000, 25_000],
  ])('reads %j as %d', (input, expected) => {
    expect(parseCashierAmount(input)).toBe(expected);
  });

  it.each([
    ['abc', /tidak valid/],
    ['-5000', /lebih dari nol/],
    ['1,5', /tidak valid/],
    ['0', /lebih dari nol/],
    ['', /wajib diisi/],
    ['   ', /wajib diisi/],
    ['10.00', /tidak valid/],
    ['10,000', /tidak valid/],
    ['1.5', /tidak valid/],
    ['Rp', /tidak valid/],
    ['10000,50', /tidak valid/],
  ])('refuses %j with a message the cashier can act on', (input, message) => {
    expect(() => parseCashierAmount(input)).toThrow(message);
  });

  it.each([
    ['100000000000000000000', 'Jumlah terlalu besar: paling banyak Rp 10.000.000.000.'],
    ['10.000.000.001', 'Jumlah terlalu besar: paling banyak Rp 10.000.000.000.'],
    [1e20, 'Jumlah terlalu besar: paling banyak Rp 10.000.000.000.'],
  ])('says the limit in words for %j, however many digits', (input, message) => {
    expect(() => parseCashierAmount(input)).toThrow(message);
  });

  it('holds a typed amount to the limit the caller names (the owner\'s per-transaction limit)', () => {
    const limit = rupiah(1_000_000_000);
    expect(() => parseCashierAmount('100000000000000000000', limit, true)).toThrow('Jumlah terlalu besar: paling banyak Rp 1.000.000.000 per transaksi.');
    expect(() => parseCashierAmount('1.000.000.001', limit, true)).toThrow('paling banyak Rp 1.000.000.000 per transaksi');
    expect(parseCashierAmount('1.000.000.000', limit, true)).toBe(1_000_000_000);
    expect(parseCashierAmount('000500', limit)).toBe(500);
  });

  // The one table the screen's "Uang diterima" is held to as well (test/support/typed-amounts.ts).
  it.each(TYPED_AMOUNTS)('reads %j at the default entry limit as %j', (text, expected) => {
    let read: number | 'refused';
    try {
      read = parseCashierAmount(text, DEFAULT_ENTRY_LIMIT, true);
    } catch {
      read = 'refused';
    }
    expect(read).toBe(expected);
  });

  it('says the limit when a computed amount is past what money may hold', () => {
    expect(() => rupiah(MAX_RUPIAH + 1)).toThrow(`Jumlah terlalu besar: paling banyak ${formatRupiah(MAX_RUPIAH)}.`);
  });

  it.each([-5000, 0, 1.5, Number.NaN])('refuses the number %d', (input) => {
    expect(() => parseCashierAmount(input)).toThrow();
  });

  it('reads back whatever formatRupiah prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: ENTRY_LIMIT_HARD_CAP }), (n) => parseCashierAmount(formatRupiah(n)) === n),
    );
  });
});

describe('formatRupiah', () => {
  it.each([
    [0, 'Rp 0'],
    [999, 'Rp 999'],
    [1000, 'Rp 1.000'],
    [1_250_000, 'Rp 1.250.000'],
    [-5000, '-Rp 5.000'],
  ])('formats %d as %s', (n, text) => {
    expect(formatRupiah(n)).toBe(text);
  });
});
