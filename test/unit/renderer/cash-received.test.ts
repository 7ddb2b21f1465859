import { describe, expect, it } from 'vitest';
import { readCashReceived } from '../../../renderer/src/components/selling/cash-received';

/**
 * Item 12.17: the change for the cash received, read by the core's amount rule (item 12.14). The
 * table of typed amounts is the one test/unit/money/parse-cashier-amount.test.ts holds the core to
 * (the renderer may not import the core's parser, so both sides are held to the same cases).
 */
const TYPED_AMOUNTS: [string, number | 'refused'][] = [
  ['50000', 50_000],
  ['50.000', 50_000],
  ['Rp 50.000', 50_000],
  ['rp. 1.250.000', 1_250_000],
  ['Rp10.000,00', 10_000],
  ['1.000.000.000', 1_000_000_000],
  ['1.000.000.001', 'refused'],
  ['1,5', 'refused'],
  ['10,000', 'refused'],
  ['-5', 'refused'],
  ['abc', 'refused'],
  ['0', 'refused'],
  ['99999999999999999999', 'refused'],
];

describe('Uang diterima', () => {
  it.each([
    ['50000', { kind: 'change', amount: 50_000, change: 38_500 }],
    ['Rp 50.000', { kind: 'change', amount: 50_000, change: 38_500 }],
    ['11.500', { kind: 'change', amount: 11_500, change: 0 }],
    ['10.000', { kind: 'short', amount: 10_000, missing: 1_500 }],
    ['', { kind: 'empty' }],
    ['abc', { kind: 'invalid' }],
    ['0', { kind: 'invalid' }],
    ['100000000000000000000', { kind: 'tooLarge', limit: 1_000_000_000 }],
  ])('reads %j against a price of Rp 11.500', (text, expected) => {
    expect(readCashReceived(text, 11_500)).toEqual(expected);
  });

  it.each(TYPED_AMOUNTS)('accepts and refuses %j as the core does (%j)', (text, core) => {
    const screen = readCashReceived(text, 1);
    expect(screen.kind === 'change' || screen.kind === 'short' ? screen.amount : 'refused').toBe(core);
  });
});
