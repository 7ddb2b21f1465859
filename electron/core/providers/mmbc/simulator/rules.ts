/**
 * The simulator's deterministic outcome rules (documented in docs/providers/mmbc.md). MMBC
 * publishes no test numbers, so the last four digits of the number decide:
 *   pulsa destination (nomortujuan)      flight contact phone (postbooking `phone`)
 *   ...9999  gagal at once (refunded)     ...9999  (no special rule: normal)
 *   ...8888  pending, then sukses         ...8888  issue pending, then issued
 *   ...7777  pending, then gagal          ...7777  issue pending, then cancel (refunded)
 *   ...6666  pending forever              ...6666  booking cancelled by the airline before issue
 *   other    sukses at once               other    issued at once
 */
export type TopupRule = 'success' | 'fail' | 'pending_success' | 'pending_fail' | 'pending_forever';
export type IssueRule = 'issued' | 'pending_issued' | 'pending_cancel' | 'airline_cancel';

export function topupRule(destination: string): TopupRule {
  if (destination.endsWith('9999')) return 'fail';
  if (destination.endsWith('8888')) return 'pending_success';
  if (destination.endsWith('7777')) return 'pending_fail';
  if (destination.endsWith('6666')) return 'pending_forever';
  return 'success';
}

export function issueRule(contactPhone: string): IssueRule {
  if (contactPhone.endsWith('8888')) return 'pending_issued';
  if (contactPhone.endsWith('7777')) return 'pending_cancel';
  if (contactPhone.endsWith('6666')) return 'airline_cancel';
  return 'issued';
}
