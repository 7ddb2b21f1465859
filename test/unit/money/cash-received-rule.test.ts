import { describe, expect, it } from 'vitest';
import { readCashReceived } from '../../../renderer/src/components/selling/cash-received';
import { DEFAULT_ENTRY_LIMIT, parseCashierAmount } from '../../../electron/core/money';

/** Item 12.17: the change for the cash received, read by the core's amount rule (item 12.14). */
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

  it.each(['50000', '50.000', 'Rp 50.000', 'rp. 1.250.000', 'Rp10.000,00', '1.000.000.000', '1.000.000.001', '1,5', '10,000', '-5', 'abc', '0', '99999999999999999999'])(
    'accepts and refuses %j as the core does',
    (text) => {
      let core: number | 'refused';
      try {
        core = parseCashierAmount(text, DEFAULT_ENTRY_LIMIT, true);
      } catch {
        core = 'refused';
      }
      const screen = readCashReceived(text, 1);
      expect(screen.kind === 'change' || screen.kind === 'short' ? screen.amount : 'refused').toBe(core);
    },
  );
});
