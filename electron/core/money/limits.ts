import { formatRupiah } from './format-rupiah';
import { MAX_RUPIAH, MoneyError, rupiah, type Rupiah } from './rupiah';

/**
 * Business limits for money a person types (opening cash, deposit top-up, withdrawal, a selling
 * price). An outlet never moves a billion rupiah in one go, so anything above the owner's limit is a
 * typo (a few zeros too many) and is refused before it reaches the books. The owner may change the
 * limit, but never above the hard cap.
 */
export const DEFAULT_ENTRY_LIMIT = rupiah(1_000_000_000);
export const ENTRY_LIMIT_HARD_CAP = rupiah(10_000_000_000);

/**
 * No account may hold more than this either way: far below 2^53, so every balance and every sum
 * the screens show stays an exact JavaScript number.
 */
export const ACCOUNT_BALANCE_LIMIT = MAX_RUPIAH;

/**
 * One sentence for every amount that is too big, however big ("100000000000000000000" too): the
 * cashier reads the limit in rupiah, not the number they typed back. Per transaction for the
 * owner's entry limit; a bare ceiling elsewhere (a drawer count).
 */
export function tooLargeMessage(limit: Rupiah, perTransaction = false): string {
  return `Jumlah terlalu besar: paling banyak ${formatRupiah(limit)}${perTransaction ? ' per transaksi' : ''}.`;
}

export function entryLimitMessage(limit: Rupiah): string {
  return tooLargeMessage(limit, true);
}

export function assertWithinEntryLimit(amount: Rupiah, limit: Rupiah): Rupiah {
  if (amount > limit) throw new MoneyError(entryLimitMessage(limit));
  return amount;
}
