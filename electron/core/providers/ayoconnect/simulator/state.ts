import type { CallbackDelivery, SimInquiry, SimTransaction } from './sim-types';

/**
 * The simulator's memory: the partner's deposit, inquiries (with expiry), transactions keyed by
 * the partner's refNumber (the idempotency key), and a log of callback deliveries.
 */
export class SimState {
  balance: number;
  readonly inquiries = new Map<number, SimInquiry>();
  readonly transactions = new Map<string, SimTransaction>();
  readonly callbacks: CallbackDelivery[] = [];
  private nextInquiryId = 287_017_802; // the docs' sample inquiryId
  private nextTransactionId = 135_268_223; // the docs' sample transactionId

  constructor(initialBalance: number) {
    this.balance = initialBalance;
  }

  newInquiryId(): number {
    this.nextInquiryId += 1;
    return this.nextInquiryId;
  }

  newTransactionId(): number {
    this.nextTransactionId += 1;
    return this.nextTransactionId;
  }

  /** A transaction for the same product and number created within `windowMs` that did not fail. */
  recentLiveTransaction(productCode: string, accountNumber: string, since: number): SimTransaction | undefined {
    for (const tx of this.transactions.values()) {
      if (tx.product.code === productCode && tx.accountNumber === accountNumber && tx.status !== 'failed' && tx.createdAt >= since) {
        return tx;
      }
    }
    return undefined;
  }

  paidBill(productCode: string, accountNumber: string): SimTransaction | undefined {
    for (const tx of this.transactions.values()) {
      if (tx.product.code === productCode && tx.accountNumber === accountNumber && tx.status === 'success') return tx;
    }
    return undefined;
  }

  /** Read-only view for /__sim-state/ayoconnect/transactions. */
  snapshot(): Array<Record<string, unknown>> {
    return [...this.transactions.values()].map((tx) => ({
      refNumber: tx.refNumber,
      transactionId: tx.transactionId,
      inquiryId: tx.inquiryId,
      productCode: tx.product.code,
      accountNumber: tx.accountNumber,
      status: tx.status,
      responseCode: tx.responseCode,
      amount: tx.bill.amount,
      cost: tx.cost,
      token: tx.token,
      months: tx.bill.billDetails.filter((b) => b.billId !== '0').length,
      createdAt: new Date(tx.createdAt).toISOString(),
      finalAt: tx.finalAt === undefined ? null : new Date(tx.finalAt).toISOString(),
    }));
  }
}
