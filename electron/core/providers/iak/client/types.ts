import type { IakBillLine } from './bill-lines';
import type { Rupiah } from '../../../money';
import type { MoneyOutcome, ReadResult } from '../../outcome';
import type { IakCredentials } from '../signing';

export interface IakClientConfig {
  /** Prepaid v2 host, e.g. https://prepaid.iak.id (dev https://prepaid.iak.dev) or the simulator. */
  baseUrl: string;
  /** Postpaid host, e.g. https://mobilepulsa.net (dev https://testpostpaid.mobilepulsa.net). Defaults to baseUrl (the simulator serves both). */
  postpaidBaseUrl?: string;
  credentials: IakCredentials;
  /** Prepaid calls (default 30 s, as IAK's own SDK). */
  timeoutMs?: number;
  /** Postpaid calls (default: timeoutMs; IAK recommends 30 s). */
  postpaidTimeoutMs?: number;
}

/**
 * A MoneyOutcome plus IAK's code, so the engine can tell "not found / not received" (prepaid `06`,
 * postpaid `42`/`06`) from other unknowns and apply its grace-window rule (reliability.md S9).
 */
export type IakMoneyOutcome = MoneyOutcome & {
  /** IAK rc / response_code as sent (normalised: "6" -> "06"), when the answer had one. */
  providerCode?: string;
};

export interface IakPrepaidProduct {
  code: string;
  /** Operator / brand as IAK names it ("Telkomsel", "PLN", "OVO"...). */
  operator: string;
  nominal: string;
  details: string;
  price: Rupiah;
  type: string;
  category: string;
  activePeriodDays: number | null;
  active: boolean;
  iconUrl?: string;
}

export interface IakPricelist<T> {
  products: T[];
  /** Items IAK sent that did not parse (kept out of `products` rather than guessed). */
  rejected: { code: string; reason: string }[];
}

export interface IakPostpaidProduct {
  code: string;
  name: string;
  active: boolean;
  /** Admin fee per bill. */
  fee: Rupiah;
  /** Our commission per bill. */
  commission: Rupiah;
  type: string;
  category?: string;
  province?: string;
}

export interface IakPlnCustomer {
  customerId: string;
  meterNo: string;
  subscriberId: string;
  name: string;
  /** e.g. "R1 /000001300" as IAK sends it. */
  segmentPower: string;
  message: string;
}

export interface IakBill {
  /** IAK's inquiry id: the key for pay-pasca. */
  trId: string;
  refId: string;
  code: string;
  customerNumber: string;
  customerName: string;
  period: string;
  nominal: Rupiah;
  admin: Rupiah;
  /** What the customer pays (nominal + admin). */
  price: Rupiah;
  /** What IAK deducts from our deposit (price - commission). */
  sellingPrice: Rupiah;
  message: string;
  /** Product-specific details exactly as sent (tarif/daya, BPJS branch, PDAM address, per-month lines). */
  desc: unknown;
  /** One line per month from desc's detail lines (empty when IAK sent none). */
  lines: IakBillLine[];
  /** Every month ("202604,202605,…"), or "first–last" when IAK gave only the ends of a longer bill. */
  periodText: string;
  monthCount: number;
}

export interface TopUpInput {
  refId: string;
  productCode: string;
  customerId: string;
}

export interface StatusExpectation {
  productCode?: string;
  customerId?: string;
}

export interface PostpaidInquiryInput {
  refId: string;
  code: string;
  customerNumber: string;
  /** BPJS Kesehatan: months to pay (required by IAK for BPJS). */
  month?: number;
  /** e-Samsat identity number. */
  identityNumber?: string;
  /** Custom-denomination products: the amount to pay. */
  amount?: Rupiah;
}

export interface PostpaidPayInput {
  /** tr_id from the successful inquiry. */
  trId: string;
  /** The inquiry's ref_id, checked against the answer (an answer about another ref is not trusted). */
  refId?: string;
}

export type IakCallbackVerification =
  | { ok: true; refId: string; trId?: string; outcome: IakMoneyOutcome }
  | { ok: false; reason: 'malformed' | 'bad_signature'; message: string };

export interface IakClient {
  readonly credentials: Pick<IakCredentials, 'username'>;
  checkBalance(): Promise<ReadResult<{ balance: Rupiah; message: string }>>;
  pricelist(filter?: { type?: string; operator?: string; status?: 'all' | 'active' | 'non active' }): Promise<ReadResult<IakPricelist<IakPrepaidProduct>>>;
  /** First send of a prepaid sale. Never call it again for the same sale: use checkStatus. */
  topUp(input: TopUpInput): Promise<IakMoneyOutcome>;
  /** Status of a prepaid sale by our ref_id; never maps a request-level refusal to `failed`. */
  checkStatus(refId: string, expect?: StatusExpectation): Promise<IakMoneyOutcome>;
  inquiryPln(customerId: string): Promise<ReadResult<IakPlnCustomer>>;
  /** Checks a prepaid callback's sign and reads it as a hint (confirm with checkStatus before acting). */
  verifyCallback(body: unknown): IakCallbackVerification;
  postpaidPricelist(filter?: { type?: string; province?: string; status?: 'all' | 'active' | 'non active' }): Promise<ReadResult<IakPricelist<IakPostpaidProduct>>>;
  postpaidInquiry(input: PostpaidInquiryInput): Promise<ReadResult<IakBill>>;
  postpaidPay(input: PostpaidPayInput): Promise<IakMoneyOutcome>;
  postpaidCheckStatus(refId: string): Promise<IakMoneyOutcome>;
}
