import { formatRupiah } from './format-rupiah';

/**
 * Money in Loket is an integer number of rupiah, everywhere. The brand stops a plain number
 * (a count, an id, a float from a provider) from being passed where money is expected without
 * going through one of the checked constructors below.
 */
export type Rupiah = number & { readonly __rupiah: unique symbol };

/** Far above any outlet's turnover, far below 2^53: sums of many amounts stay exact. */
export const MAX_RUPIAH = 999_999_999_999_999;

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

/** Accepts an integer within bounds (negative allowed: ledger postings are signed). */
export function rupiah(value: number): Rupiah {
  if (Number.isInteger(value) && Math.abs(value) > MAX_RUPIAH) {
    throw new MoneyError(`Jumlah terlalu besar: paling banyak ${formatRupiah(MAX_RUPIAH)}.`);
  }
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(`Jumlah uang tidak valid: ${String(value)}`);
  }
  return value as Rupiah;
}

export function isRupiah(value: unknown): value is Rupiah {
  return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= MAX_RUPIAH;
}

export function addRupiah(...values: Rupiah[]): Rupiah {
  return rupiah(values.reduce((sum, v) => sum + v, 0));
}
