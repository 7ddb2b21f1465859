import { formatRupiah } from '../money';
import type { MoneyOutcome } from '../providers/outcome';
import type { SaleRecord } from './sale-record';
import type { SaleState } from './state-machine';

/** Pure readings of a provider answer for the book: the state it leads to, what it says was charged, its history line. */

/** A PLN token sale is not a success until the token is in hand (the customer cannot use it otherwise). */
export function effectiveState(sale: SaleRecord, outcome: MoneyOutcome): SaleState {
  if (outcome.status === 'success' && sale.kind === 'pln_token' && !outcome.serial && !sale.serial) return 'pending';
  return outcome.status;
}

/** The amount a pending or success answer says was charged; a zero or missing amount says nothing. */
export function reportedCost(outcome: MoneyOutcome): number | undefined {
  if (outcome.status !== 'success' && outcome.status !== 'pending') return undefined;
  return outcome.cost !== undefined && outcome.cost > 0 ? outcome.cost : undefined;
}

/** "+Rp 750 (dipotong Rp 10.750, katalog Rp 10.000)", or null when the provider charged the catalogue cost. */
export function priceDifference(catalogue: number, charged: number): string | null {
  if (charged === catalogue) return null;
  const diff = charged - catalogue;
  return `${diff > 0 ? '+' : '-'}${formatRupiah(Math.abs(diff))} (dipotong ${formatRupiah(charged)}, katalog ${formatRupiah(catalogue)})`;
}

export function describeOutcome(outcome: MoneyOutcome, to: SaleState): string {
  const code = outcome.status === 'failed' ? ` [${outcome.code}]` : outcome.status === 'unknown' ? ` [${outcome.reason}]` : '';
  const note = to !== outcome.status ? ' (token belum diterima)' : '';
  return `${outcome.message || outcome.status}${code}${note}`;
}
