import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RUPIAH, parseProviderAmount } from '../../../electron/core/money';

describe('parseProviderAmount', () => {
  it.each([
    ['99,999', 99_999],
    ['385,000', 385_000],
    ['1,000,000', 1_000_000],
    ['1000000.00', 1_000_000],
    ['20500', 20_500],
    ['  20500 ', 20_500],
    ['96950.0', 96_950],
    ['-5,000', -5_000],
    [55000, 55_000],
    [55000.0, 55_000],
    [0, 0],
  ])('reads %j as %d rupiah', (input, expected) => {
    expect(parseProviderAmount(input)).toBe(expected);
  });

  it.each([
    '1,5',
    '10.000', // Indonesian grouping or 10 with three decimals? Ambiguous: refused, never guessed.
    '1000000.50',
    '99,99',
    '1,0000',
    'abc',
    '',
    'Rp 10.000',
    '1e5',
    '0x10',
    '12 000',
    '١٢٣',
  ])('refuses %j', (input) => {
    expect(() => parseProviderAmount(input)).toThrow(/Nominal dari provider/);
  });

  it.each([55000.5, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}, [], true, MAX_RUPIAH + 1])('refuses %j', (input) => {
    expect(() => parseProviderAmount(input)).toThrow();
  });

  it('round-trips every integer in range, plain and grouped', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_RUPIAH, max: MAX_RUPIAH }), (n) => {
        const grouped = n.toLocaleString('en-US');
        return parseProviderAmount(n) === n && parseProviderAmount(String(n)) === n && parseProviderAmount(grouped) === n;
      }),
    );
  });

  it('never accepts a non-integer number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }).filter((d) => !Number.isInteger(d)), (d) => {
        expect(() => parseProviderAmount(d)).toThrow();
      }),
    );
  });
});
