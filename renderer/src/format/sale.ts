import type { ChannelOutput } from '../api/contract-types';

export type SaleView = ChannelOutput<'sales:start'>;
export type SaleDetail = ChannelOutput<'sales:get'>;
export type SaleState = SaleView['state'];
export type SaleEvent = SaleDetail['events'][number];
export type BillView = ChannelOutput<'bills:inquire'>;
export type PlnCustomer = ChannelOutput<'pln:inquire'>;
export type Product = ChannelOutput<'catalog:products'>['products'][number];
export type ProductCategory = Product['category'];

export const SALE_STATES: readonly SaleState[] = ['committed', 'sent', 'pending', 'unknown', 'success', 'failed'];

/** What the cashier must do with a sale: hand over the SN, wait, or give the money back. */
export type SaleOutcome = 'success' | 'failed' | 'processing';

export function saleOutcome(state: SaleState): SaleOutcome {
  if (state === 'success') return 'success';
  if (state === 'failed') return 'failed';
  // committed, sent, pending and unknown are all "in doubt": the provider may still deliver.
  return 'processing';
}

/** The deposit-change evidence an operator decision rests on. */
export type OperatorEvidence = ChannelOutput<'sales:operatorEvidence'>;
export type ProviderBalance = ChannelOutput<'providers:balances'>['balances'][number];
export type RecentNumber = ChannelOutput<'sales:recentNumbers'>['numbers'][number];

/**
 * What the customer hands over for a bill before it is paid: the provider's total plus the
 * outlet's fee (the catalogue's price of a bill product). After paying, the sale's `price` is the
 * core's figure and is what the result card shows.
 */
export function billCustomerPays(bill: Pick<BillView, 'total'>, fee: number): number {
  return bill.total + Math.max(0, fee);
}
