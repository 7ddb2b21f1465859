/**
 * Typed amounts and what the core's amount rule reads from them at the default entry limit
 * (Rp 1.000.000.000). The core's parser (test/unit/money/parse-cashier-amount.test.ts) and the
 * screen's "Uang diterima" (test/unit/renderer/cash-received.test.ts), which may not import the
 * core, are both held to this one table.
 */
export const TYPED_AMOUNTS: readonly (readonly [string, number | 'refused'])[] = [
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
