import { ACCOUNT, depositAccount } from '../ledger';
import type { PostingInput } from '../ledger/journal';
import { rupiah } from '../money';
import type { AlertResolution } from './late-success';
import type { SaleRecord } from './sale-record';

/**
 * The money of each step of a sale (S = selling price, C = expected provider cost):
 * commit: cash in, held for the customer (S); provider deposit held while in flight (C).
 * success: the hold becomes cost of sales (at the cost the provider reports), the customer's
 * money becomes revenue. failure: the hold goes back to the deposit, the customer's money becomes a
 * refund owed. A rerouted attempt reuses the customer's money already held by the first one.
 * A sale with commission (a flight: K = MMBC's agent bonus) recognises it at success: cost of sales
 * is what was charged plus K, commission income K, so the margin (revenue - cost + commission) is
 * S - charged. Commission 0 (every other kind) posts exactly what it did before.
 */
type Sale = Pick<SaleRecord, 'price' | 'cost' | 'provider' | 'reroutedFrom'> & Partial<Pick<SaleRecord, 'commission'>>;

const p = (account: string, amount: number): PostingInput => ({ account, amount: rupiah(amount) });

export function commitPostings(sale: Sale): PostingInput[] {
  const hold = [p(ACCOUNT.depositHeld, sale.cost), p(depositAccount(sale.provider), -sale.cost)];
  if (sale.reroutedFrom !== null) return hold;
  return [p(ACCOUNT.cashDrawer, sale.price), p(ACCOUNT.customerFundsHeld, -sale.price), ...hold];
}

export function successPostings(sale: Sale, actualCost: number): PostingInput[] {
  const commission = sale.commission ?? 0;
  const postings = [
    p(ACCOUNT.costOfSales, actualCost + commission),
    p(ACCOUNT.depositHeld, -sale.cost),
    p(ACCOUNT.customerFundsHeld, sale.price),
    p(ACCOUNT.salesRevenue, -sale.price),
  ];
  // The provider charged more or less than quoted: the deposit carries the difference.
  if (actualCost !== sale.cost) postings.push(p(depositAccount(sale.provider), sale.cost - actualCost));
  if (commission > 0) postings.push(p(ACCOUNT.commissionIncome, -commission));
  return postings;
}

export function failurePostings(sale: Sale, options: { rerouting: boolean }): PostingInput[] {
  const release = [p(depositAccount(sale.provider), sale.cost), p(ACCOUNT.depositHeld, -sale.cost)];
  if (options.rerouting) return release;
  return [...release, p(ACCOUNT.customerFundsHeld, sale.price), p(ACCOUNT.refundsOwed, -sale.price)];
}

/** A refused attempt kept the customer's money for a next attempt that never came: it is owed back. */
export function strandedRefundPostings(sale: Sale): PostingInput[] {
  return [p(ACCOUNT.customerFundsHeld, sale.price), p(ACCOUNT.refundsOwed, -sale.price)];
}

/**
 * The owner's record of a late success. Charged: the provider's cost leaves the deposit into cost
 * of sales (the ledger deposit equals the provider's again). Paid again: the customer pays the
 * price, from the drawer, or, while the refund is still owed, by keeping that refund.
 */
export function lateSuccessPostings(sale: Sale & Pick<SaleRecord, 'refund'>, resolution: AlertResolution, cost: number): PostingInput[] {
  if (resolution === 'reversed') return [];
  const charged = [p(ACCOUNT.costOfSales, cost), p(depositAccount(sale.provider), -cost)];
  if (resolution === 'charged_written_off') return charged;
  const paidWith = sale.refund === 'due' ? ACCOUNT.refundsOwed : ACCOUNT.cashDrawer;
  return [p(paidWith, sale.price), p(ACCOUNT.salesRevenue, -sale.price), ...charged];
}

export function refundPaidPostings(sale: Sale): PostingInput[] {
  return [p(ACCOUNT.refundsOwed, sale.price), p(ACCOUNT.cashDrawer, -sale.price)];
}
