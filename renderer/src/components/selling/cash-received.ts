/**
 * "Uang diterima" on the sale confirmation: what the customer handed over, for the change. It is
 * the renderer's own arithmetic (nothing is sent, the ledger records the sale's price), read with
 * the core's rule for typed amounts (electron/core/money/parse-cashier-amount.ts: "50000",
 * "50.000", "Rp 50.000", ",00" allowed; more than the entry limit is "Jumlah terlalu besar"), which
 * the renderer may not import, so it is kept to the same cases by test/unit/renderer/cash-received.test.ts and test/unit/money/parse-cashier-amount.test.ts.
 */
const CASHIER = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,0{1,2})?$/i;

/** The default per-transaction limit (electron/core/money/limits.ts DEFAULT_ENTRY_LIMIT). */
export const CASH_RECEIVED_LIMIT = 1_000_000_000;

export type CashReceived =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'tooLarge'; limit: number }
  | { kind: 'short'; amount: number; missing: number }
  | { kind: 'change'; amount: number; change: number };

export function readCashReceived(text: string, price: number, limit = CASH_RECEIVED_LIMIT): CashReceived {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  const match = CASHIER.exec(typed);
  if (!match) return { kind: 'invalid' };
  const digits = (match[1] ?? '').replace(/\./g, '').replace(/^0+(?=\d)/, '');
  const max = String(limit);
  if (digits.length > max.length || (digits.length === max.length && digits > max)) return { kind: 'tooLarge', limit };
  const amount = Number(digits);
  if (amount <= 0) return { kind: 'invalid' };
  return amount < price ? { kind: 'short', amount, missing: price - amount } : { kind: 'change', amount, change: amount - price };
}
