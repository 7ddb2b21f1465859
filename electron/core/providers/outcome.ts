import { parseProviderAmount, type Rupiah } from '../money';

/**
 * What a money-moving provider call (top-up, bill payment, ticket issue, status check of one) means
 * for the sale. The rule every client follows: when we cannot KNOW the provider did not charge us,
 * the answer is `unknown` (or `pending` when the provider says so), never `failed`.
 */
export type UnknownReason =
  | 'not_reached' // a status question that never reached the provider (refused, DNS, no route): no answer at all
  | 'timeout' // no answer in time: the request may have been processed
  | 'connection_reset' // the socket died after the request left
  | 'http_error' // HTTP 5xx (or another status the provider does not document for this call)
  | 'html_page' // a proxy, captive portal or error page instead of the API
  | 'malformed_body' // unparseable or truncated body
  | 'unexpected_answer' // parseable, but not a shape or code we can trust
  | 'not_found' // the provider has no record of our reference (yet): only meaningful after a grace window
  | 'endpoint_changed'; // not asked: the provider now points to another mode/address than the sale was sent to

export interface OutcomeCommon {
  /** The provider's own id for the transaction (IAK tr_id, MMBC invoice, Klikoo transaction_id...). */
  providerRef?: string;
  /** What the answer means, in Indonesian, for the cashier (sale.message, result card, receipts). */
  message: string;
  /**
   * The provider's own words as sent ("INCORRECT DESTINATION NUMBER") when they differ from
   * `message`: kept for the sale's history (event detail) and support calls, never the cashier's text.
   */
  providerText?: string;
  /** The raw body, kept as evidence (bounded by the caller before storing). */
  raw?: string;
}

export type MoneyOutcome =
  | (OutcomeCommon & {
      status: 'success';
      serial?: string; // SN / token / voucher code
      cost?: Rupiah; // what the provider charged our deposit
      balance?: Rupiah; // the deposit balance the provider reports after the call
      details?: Record<string, string | number>;
    })
  | (OutcomeCommon & {
      status: 'failed';
      /** Provider rc/responseCode, or 'not_sent' when the request never left this machine. */
      code: string;
      balance?: Rupiah;
    })
  | (OutcomeCommon & { status: 'pending'; cost?: Rupiah; balance?: Rupiah })
  | (OutcomeCommon & { status: 'unknown'; reason: UnknownReason });

/**
 * Codes a `failed` may carry that describe only the CALL (it did not get through, or its answer
 * could not be read), never the transaction. From the request that would move money, `not_sent`
 * is a real answer ("nothing left this machine"); from a status check of an earlier request, every
 * one of these is no answer at all.
 */
export const CALL_FAILURE_CODES: ReadonlySet<string> = new Set([
  'not_sent',
  'not_reached',
  'network',
  'timeout',
  'connection_reset',
  'http_error',
  'html_page',
  'malformed_body',
  'unexpected_answer',
  'not_found',
]);

/** Read-only calls (price lists, balance, inquiry): no money moves, so failures are just errors. */
export type ReadResult<T> =
  | { ok: true; value: T }
  | { ok: false; retryable: boolean; code: string; message: string };

/**
 * What a provider says it actually charged (IAK `price`/`selling_price`, MMBC `debet`, Ayoconnect
 * `amount`, Klikoo `amount`), for an outcome's `cost`: parsed once with the money parser. Anything
 * that is not a whole, non-negative rupiah amount is ignored (undefined), never thrown: the answer
 * itself still counts, the sale falls back to the catalogue cost. Whether a well-formed amount is
 * believable for the sale (0 < amount <= 2 x its catalogue cost) is judged where the sale is known:
 * sales/sale-outcome.ts `reportedCost`.
 */
export function reportedCost(value: unknown): Rupiah | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  try {
    const amount = parseProviderAmount(value);
    return amount >= 0 ? amount : undefined;
  } catch {
    return undefined;
  }
}
