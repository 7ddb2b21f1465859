import type { ReadResult, MoneyOutcome } from '../../providers/outcome';
import type { SaleRecord } from '../sale-record';

/** A bill as every provider's inquiry is turned into: what the customer sees and what paying needs. */
export interface NormalisedBill {
  customerName: string | null;
  periods: { period: string; amount: number; admin: number; penalty: number }[];
  bill: number;
  admin: number;
  /** What the customer owes the provider (bill + admin). */
  total: number;
  /** What the provider will take from our deposit. */
  cost: number;
  details: Record<string, string | number>;
  /** Provider-specific data the payment must send back (IAK tr_id, Ayoconnect inquiryId...). */
  pay: Record<string, string | number>;
}

export interface BillInquiryInput {
  refId: string;
  providerCode: string;
  customerNo: string;
  months?: number;
}

/**
 * One provider as the sale engine sees it. `send` is called exactly once per sale, after the sale
 * is durably committed; every later question goes through `check` with the same reference.
 */
export interface SaleDriver {
  send(sale: SaleRecord, pay: Record<string, string | number> | null): Promise<MoneyOutcome>;
  /** null: this provider cannot be asked about this sale (MMBC without an invoice): the operator decides. */
  check(sale: SaleRecord): Promise<MoneyOutcome | null>;
  inquireBill?(input: BillInquiryInput): Promise<ReadResult<NormalisedBill>>;
  /** Our reference named by a callback body (a hint only: the engine confirms by status check). */
  callbackRef?(rawBody: string): string | null;
}
