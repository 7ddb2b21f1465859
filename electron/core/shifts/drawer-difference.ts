import { ACCOUNT, type Ledger } from '../ledger';
import { assertAccountsStayInBounds } from '../ledger/account-bound';
import type { PostingInput } from '../ledger/journal';
import { formatRupiah, rupiah } from '../money';

/** Account of counted-vs-ledger differences (migration 008): an expense, so a shortage is a cost. */
export const CASH_DIFFERENCE = 'cash_difference';

/** "+Rp 5.000" / "-Rp 5.000": a difference always shows its direction. */
export function signedRupiah(amount: number): string {
  return amount > 0 ? `+${formatRupiah(amount)}` : formatRupiah(amount);
}

/**
 * Makes the ledger's drawer equal what was counted: `difference` = counted - ledger. More cash than
 * recorded debits the drawer, less credits it. The other leg is cash_difference (selisih kas: a count
 * nobody can explain, always at close, at opening when the cashier says so) or the owner's equity (at
 * opening, the owner brought or took float money: not a shortage or gain). The caller holds the
 * transaction, so the entry and the shift row commit together.
 */
export function postDrawerDifference(
  ledger: Ledger,
  entry: { idemKey: string; kind: 'shift_open_difference' | 'shift_close_difference'; memo: string; at: number; difference: number; against: 'owner_equity' | 'cash_difference' },
): number {
  const counterpart = entry.against === 'owner_equity' ? ACCOUNT.ownerEquity : CASH_DIFFERENCE;
  const postings: PostingInput[] = [
    { account: ACCOUNT.cashDrawer, amount: rupiah(entry.difference) },
    { account: counterpart, amount: rupiah(-entry.difference) },
  ];
  if (!ledger.journal.isRecorded(entry.idemKey)) assertAccountsStayInBounds(ledger.db, ledger.accounts, postings);
  return ledger.journal.post({
    idemKey: entry.idemKey,
    kind: entry.kind,
    memo: entry.memo,
    at: entry.at,
    businessDay: ledger.businessDay(entry.at),
    postings,
  }).entryId;
}
