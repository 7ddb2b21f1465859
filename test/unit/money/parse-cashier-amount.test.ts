import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRupiah, MAX_RUPIAH, parseCashierAmount } from '../../../electron/core/money';

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

  it.each([-5000, 0, 1.5, Number.NaN])('refuses the number %d', (input) => {
    expect(() => parseCashierAmount(input)).toThrow();
  });

  it('reads back whatever formatRupiah prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_RUPIAH }), (n) => parseCashierAmount(formatRupiah(n)) === n),
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
