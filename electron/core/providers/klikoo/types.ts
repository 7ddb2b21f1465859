import type { Rupiah } from '../../money';

/**
 * What a Klikoo B2B partner holds: the client id (UUID v4) and 32-character secret from the
 * dashboard (Pengaturan -> Konfigurasi API), and the RSA-2048 private key whose public half is
 * registered there. The private key signs only the access-token request; the secret keys the
 * per-request HMAC.
 */
export interface KlikooCredentials {
  clientId: string;
  clientSecret: string;
  /** PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"). */
  privateKeyPem: string;
}

export interface KlikooClientConfig {
  /** Up to and including `/klikoo-b2b`, e.g. https://pvpapi.klikoo.id/klikoo-b2b */
  baseUrl: string;
  credentials: KlikooCredentials;
  timeoutMs?: number;
  /** Clock for timestamps and token expiry (tests move it; defaults to Date.now). */
  now?: () => number;
}

/** Transaction states as Klikoo spells them ("SUCCESS" is documented; the others are our reading). */
export type KlikooTxStatus = 'SUCCESS' | 'FAILED' | 'PENDING';

export interface KlikooProduct {
  code: string;
  name: string;
  category: string;
  /** Operator / biller brand as Klikoo lists it (Telkomsel, PLN, DANA, ...). */
  brand: string;
  kind: 'prepaid' | 'postpaid';
  /** What Klikoo charges our deposit: the buy price (prepaid) or the net admin fee per bill (postpaid). */
  agentPrice: Rupiah;
  /** Face value for fixed denominations (pulsa 10.000 -> 10000); absent for bills and open amounts. */
  nominal?: Rupiah;
  enabled: boolean;
  description: string;
}

export interface KlikooPageMeta {
  currentPage: number;
  totalPages: number;
  totalRows: number;
  perPage: number;
}

export interface KlikooProductPage {
  products: KlikooProduct[];
  /** Items the client could not read (bad price...), kept out of `products` and reported here. */
  rejected: { code: string; reason: string }[];
  meta: KlikooPageMeta;
}

export interface KlikooPrepaidInquiry {
  productCode: string;
  productName: string;
  customerNumber: string;
  customerName: string;
  /** Power class for PLN ("R1/2200VA"); empty for e-wallets. */
  powerCapacity: string;
  amount: Rupiah;
  total: Rupiah;
  message: string;
}

export interface KlikooPostpaidInquiry {
  productCode: string;
  productName: string;
  customerNumber: string;
  customerName: string;
  period: string;
  billAmount: Rupiah;
  adminFee: Rupiah;
  /** What the customer pays (bill + admin). */
  total: Rupiah;
  /** What to send as `amount` in products/buy: Klikoo deducts this from the deposit. */
  amount: Rupiah;
  message: string;
}

/** One transaction as Klikoo reports it (detail, history row, or callback), money already parsed. */
export interface KlikooTransaction {
  transactionId: string;
  partnerReferenceId: string;
  status: string;
  amount?: Rupiah;
  productCode: string;
  productName: string;
  value: string;
  customerName: string;
  serial: string;
  reason: string;
  transactionTime: string;
  currentBalance?: Rupiah;
  beginningBalance?: Rupiah;
}

export interface KlikooTransactionPage {
  transactions: KlikooTransaction[];
  rejected: { transactionId: string; reason: string }[];
  meta: KlikooPageMeta;
}

export interface BuyInput {
  /** OUR idempotency key, generated and stored before the call (UUID v4 recommended by Klikoo). */
  partnerReferenceId: string;
  productCode: string;
  /** Destination: phone number, meter/customer id, e-wallet number, driver id. */
  customerNumber: string;
  /** Buy price we accept to pay (product agent price, or the postpaid inquiry's `amount`). */
  amount: Rupiah;
  /** Our selling price, for Klikoo's dashboard margin; defaults to `amount`. */
  sellingPrice?: Rupiah;
  /** Defaults to customerNumber; for BPJS it must be the customer's phone number. */
  msisdn?: string;
}
