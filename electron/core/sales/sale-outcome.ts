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

/**
 * A provider's amount is believed up to this multiple of the catalogue cost. Real differences are a
 * few hundred rupiah (a price change between syncs); anything far above is a garbled field that
 * would otherwise go straight into cost of sales and the deposit.
 */
export const MAX_REPORTED_COST_FACTOR = 2;

/**
 * The amount a pending or success answer says was charged, when it is believable for this sale
 * (0 < amount <= 2 x catalogue cost). A zero or missing amount says nothing; an amount beyond the
 * bound is `ignored`, for the sale's history, and the caller keeps what it knew before.
 */
export function reportedCost(outcome: MoneyOutcome, sale: Pick<SaleRecord, 'cost'>): { cost?: number; ignored?: number } {
  if (outcome.status !== 'success' && outcome.status !== 'pending') return {};
  if (outcome.cost === undefined || outcome.cost <= 0) return {};
  return outcome.cost <= MAX_REPORTED_COST_FACTOR * sale.cost ? { cost: outcome.cost } : { ignored: outcome.cost };
}

/** "; jumlah dari provider tidak masuk akal, diabaikan: Rp 999.999.999.999", or '' when nothing was ignored. */
export function ignoredCostNote(reading: { ignored?: number }): string {
  return reading.ignored === undefined ? '' : `; jumlah dari provider tidak masuk akal, diabaikan: ${formatRupiah(reading.ignored)}`;
}

/** "+Rp 750 (dipotong Rp 10.750, katalog Rp 10.000)", or null when the provider charged the catalogue cost. */
export function priceDifference(catalogue: number, charged: number): string | null {
  if (charged === catalogue) return null;
  const diff = charged - catalogue;
  return `${diff > 0 ? '+' : '-'}${formatRupiah(Math.abs(diff))} (dipotong ${formatRupiah(charged)}, katalog ${formatRupiah(catalogue)})`;
}

/**
 * The history line of an answer: Loket's Indonesian reading first, then the provider's own words
 * as sent ("penyedia: INCORRECT DESTINATION NUMBER"), which never become the cashier's text.
 */
export function describeOutcome(outcome: MoneyOutcome, to: SaleState): string {
  const code = outcome.status === 'failed' ? ` [${outcome.code}]` : outcome.status === 'unknown' ? ` [${outcome.reason}]` : '';
  const note = to !== outcome.status ? ' (token belum diterima)' : '';
  const words = outcome.providerText ? `; penyedia: "${outcome.providerText}"` : '';
  return `${outcome.message || outcome.status}${code}${note}${words}`;
}
