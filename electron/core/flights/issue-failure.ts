import type { BookingStatusWord } from '../domain/sale-kind';

/**
 * What a failed issue says about its booking, decided by the outcome's code (MMBC's issue mapping
 * sets 'expired' / 'cancel'), never by words in the provider's free text: "cancel" in another sense
 * ("cancel transaksi lain dulu") must not cancel a booking. The sale table keeps no code column;
 * the sale engine writes it into the settling sale_event as "<message> [<code>]" (describeOutcome),
 * so it is read back from exactly there: the text right after the sale's own message.
 */
export function finalStatusOfFailedIssue(settleDetail: string | null, message: string | null): Extract<BookingStatusWord, 'expired' | 'cancel'> | null {
  if (!settleDetail) return null;
  const head = message || 'failed';
  if (!settleDetail.startsWith(head)) return null;
  const code = /^ \[([a-z_]+)\]/.exec(settleDetail.slice(head.length))?.[1];
  return code === 'expired' || code === 'cancel' ? code : null;
}
