import type { CatalogueEntry } from '../catalogue';
import type { KlikooTxStatus } from '../types';
import type { BuyFate } from './rules';

export interface SimTransaction {
  transactionId: string;
  partnerReferenceId: string;
  product: CatalogueEntry;
  value: string;
  msidn: string;
  /** What the deposit is charged when (and only when) the transaction succeeds. */
  cost: number;
  sellingPrice: number;
  status: KlikooTxStatus;
  reason: string;
  sn: string;
  customerName: string;
  createdAt: number;
  fate: BuyFate;
  beginningBalance?: number;
  currentBalance?: number;
  /** Postpaid: the inquiry it pays (cleared bill key). */
  billKey?: string;
  /** PLN token details for the serial. */
  powerCapacity?: string;
}

export interface SimInquiry {
  key: string;
  customerName: string;
  period: string;
  bill: number;
  admin: number;
  /** bill + admin: what the customer pays. */
  total: number;
  /** total - commission: what Klikoo deducts from the deposit. */
  amount: number;
  expiresAt: number;
}

/**
 * Everything the Klikoo simulator remembers. Per the docs the deposit is deducted "when the
 * transaction status is success"; pending transactions reserve their cost so the deposit can never
 * be promised twice.
 */
export class KlikooSimState {
  balance: number;
  readonly transactions = new Map<string, SimTransaction>();
  readonly byReference = new Map<string, SimTransaction>();
  readonly tokens = new Map<string, { clientId: string; expiresAt: number }>();
  readonly inquiries = new Map<string, SimInquiry>();
  readonly paidBills = new Set<string>();
  tokensIssued = 0;
  private nextId = 14_430_374; // continues from the docs' sample transaction_id

  constructor(initialBalance: number) {
    this.balance = initialBalance;
  }

  newTransactionId(): string {
    const id = String(this.nextId);
    this.nextId += 1;
    return id;
  }

  reserved(): number {
    let sum = 0;
    for (const tx of this.transactions.values()) if (tx.status === 'PENDING') sum += tx.cost;
    return sum;
  }

  available(): number {
    return this.balance - this.reserved();
  }

  add(tx: SimTransaction): void {
    this.transactions.set(tx.transactionId, tx);
    this.byReference.set(tx.partnerReferenceId, tx);
  }

  /** Newest first, as a history screen shows them. */
  list(): SimTransaction[] {
    return [...this.transactions.values()].sort((a, b) => b.createdAt - a.createdAt || Number(b.transactionId) - Number(a.transactionId));
  }
}

export function billKey(productCode: string, account: string): string {
  return `${productCode}|${account}`;
}
