import type { Rupiah } from '../../money';
import type { MoneyOutcome, ReadResult } from '../outcome';
import type { ApiVersion } from './contract/requests';
import type { AyoconnectCredentials } from './signing';

export interface KeyValueText {
  key: string;
  value: string | number;
}

/** One bill line of an inquiry/receipt: one month of a multi-month bill (billId "1".."n"). */
export interface BillLine {
  billId: string;
  /** The provider's label ("Jumlah Tagihan", "Total Iuran"...). */
  label: string;
  amount: Rupiah;
  /** The month this line is for, when the provider names it ("Jan 2026", "01/2026"...). */
  period?: string;
  isMandatory?: boolean;
  /** Per-line details as sent (Rp Tag PLN, Denda, Stand Meter, Pemakaian...), for the receipt. */
  info: KeyValueText[];
}

/** Everything a bill receipt needs, money already in Rupiah. */
export interface AyoconnectBillSummary {
  accountNumber: string;
  customerName: string;
  productCode: string;
  productName: string;
  category: string;
  /** Total the provider charges (bills + admin), what the payment must send back as `amount`. */
  amount: Rupiah;
  admin: Rupiah;
  processingFee: Rupiah;
  /** Sum of the bill lines (without the admin line billId "0"). */
  billTotal: Rupiah;
  bills: BillLine[];
  /** The months covered, in provider order (from each line, or from productDetails "BL/TH"). */
  periods: string[];
  monthCount: number;
  customerDetails: KeyValueText[];
  productDetails: KeyValueText[];
  extraFields: KeyValueText[];
}

export interface AyoconnectInquiry extends AyoconnectBillSummary {
  inquiryId: number;
  denom: string;
  validity: string;
  /** Provider text as sent ("Inkuiri berhasil"). */
  message: string;
}

export interface AyoconnectReceipt extends AyoconnectBillSummary {
  refNumber: string;
  transactionId?: string;
  /** SN / PLN token / biller reference, when there is one ("N/A" and "" are dropped). */
  token?: string;
}

/**
 * A MoneyOutcome (what the sales engine needs) plus the provider's code and the full receipt, for
 * printing and for the "not found" (188) grace rule.
 */
export type AyoconnectOutcome = MoneyOutcome & { responseCode?: number; receipt?: AyoconnectReceipt };

export interface AyoconnectProduct {
  code: string;
  name: string;
  description: string;
  biller: string;
  category: string;
  type: string;
  /** Partner price for fixed-price products; 0 for bills and open-denomination products. */
  price: Rupiah;
  adminFee: Rupiah;
  active: boolean;
  logo: string;
}

export interface AyoconnectProductList {
  products: AyoconnectProduct[];
  /** Items the client could not read (bad shape or money); kept out of the list, counted here. */
  skipped: number;
}

export interface AyoconnectBalance {
  balance: Rupiah;
  currency: string;
  partnerId: string;
}

export interface AyoconnectClientConfig {
  baseUrl: string;
  credentials: AyoconnectCredentials;
  /** Default 30 000 ms (the docs' own samples use a 30 s cURL timeout). */
  timeoutMs?: number;
  /** '2.0' (default, /api/v2 paths, current docs) or '1.0' (/api/v1). */
  apiVersion?: ApiVersion;
  /** Sent as `callbackUrls: [url]` on every payment unless the call gives its own. */
  callbackUrl?: string;
}

export interface InquiryRequest {
  accountNumber: string;
  productCode: string;
  /** Open-denomination products only. */
  amount?: Rupiah;
  /** BPJS Kesehatan: months to pay (1-12). */
  month?: number;
  zoneId?: string;
}

export interface PaymentRequest {
  /** OUR idempotency key: unique per sale, generated and committed before this call. */
  refNumber: string;
  inquiryId: number;
  accountNumber: string;
  productCode: string;
  /** The inquiry's `amount` (total incl. admin). */
  amount: Rupiah;
  month?: number;
  callbackUrl?: string;
}

export interface AyoconnectClient {
  readonly baseUrl: string;
  listProducts(): Promise<ReadResult<AyoconnectProductList>>;
  getBalance(): Promise<ReadResult<AyoconnectBalance>>;
  inquire(request: InquiryRequest): Promise<ReadResult<AyoconnectInquiry>>;
  pay(request: PaymentRequest): Promise<AyoconnectOutcome>;
  checkStatus(refNumber: string): Promise<AyoconnectOutcome>;
}
