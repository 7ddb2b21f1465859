import type { SaleRecord } from './sale-record';

/**
 * Issuing a booked flight ticket (MMBC getissued-json) is a sale like any other: committed
 * write-ahead, sent once, settled by the same book and ledger. The booking code is known before
 * sending, so a lost issue answer is checked by getstatusbooking-json, never issued again.
 */
export interface FlightIssueInput {
  /** Idempotency: a double click joins the first issue. */
  requestId: string;
  /** Becomes the sale's customer_no AND provider_ref (MMBC checks by it). */
  bookingCode: string;
  /** e.g. "Tiket Pesawat JT-690 CGK-DPS". */
  productName: string;
  /** The booking's contact name. */
  customerName: string | null;
  /** What the customer pays (the booking's selling price). */
  price: number;
  /** flight_shownta (NTA): what issuing debits the MMBC deposit. */
  cost: number;
  /** flight_bonus_agen, >= 0. */
  commission: number;
  /** Keys: kodeBooking, maskapai, penerbangan, rute, berangkat, penumpang. */
  details: Record<string, string | number>;
}

export type IssueFlight = (input: FlightIssueInput) => Promise<SaleRecord>;
