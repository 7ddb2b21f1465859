import { describe, expect, it } from 'vitest';
import { TYPED_AMOUNTS } from '../../support/typed-amounts';
import { readCashReceived } from '../../../renderer/src/components/selling/cash-received';

/**
 * Item 12.17: the change for the cash received, read by the core's amount rule (item 12.14). The
 * renderer may not import the core's parser: both are held to one table (test/support/typed-amounts.ts).
 */

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
