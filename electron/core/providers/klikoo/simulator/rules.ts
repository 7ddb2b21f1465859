import { createHash } from 'node:crypto';
import type { CatalogueEntry } from '../catalogue';

/**
 * The simulator's deterministic outcome rules (documented in docs/providers/klikoo.md). Klikoo
 * publishes no sandbox test numbers beyond the inquiry samples, so outcomes follow the LAST FOUR
 * DIGITS of the destination (`value` / `account_number`).
 */
export type BuyFate =
  | 'success' // 201 PENDING, then SUCCESS + callback
  | 'fail' // ...9999: 201 PENDING, then FAILED (deposit untouched) + callback
  | 'hold' // ...8888: 201 PENDING and stays PENDING until settled through the control API
  | 'success_silent' // ...7777: 201 PENDING, then SUCCESS but no callback is sent
  | 'reject_number' // ...6666: 404xx7011 "No pelanggan salah", nothing created
  | 'supplier_down'; // ...5555: HTTP 503 503xx9991 "Supplier sedang gangguan", nothing created

export function buyFate(value: string): BuyFate {
  if (value.endsWith('9999')) return 'fail';
  if (value.endsWith('8888')) return 'hold';
  if (value.endsWith('7777')) return 'success_silent';
  if (value.endsWith('6666')) return 'reject_number';
  if (value.endsWith('5555')) return 'supplier_down';
  return 'success';
}

/** Documented sample numbers of the prepaid inquiry page. */
export const DOC_INQUIRY_OK = '01105691111';
export const DOC_INQUIRY_UNKNOWN = '01105601111';

/** Prepaid inquiry: the docs' unknown-customer sample, or any number ending in 4040. */
export function prepaidInquiryUnknown(value: string): boolean {
  return value === DOC_INQUIRY_UNKNOWN || value.endsWith('4040');
}

export type PostpaidInquiryRule = 'bill' | 'not_found' | 'already_paid';

/** Postpaid inquiry: ...4040 unknown customer, ...2222 nothing to pay (already paid). */
export function postpaidInquiryRule(account: string): PostpaidInquiryRule {
  if (account.endsWith('4040')) return 'not_found';
  if (account.endsWith('2222')) return 'already_paid';
  return 'bill';
}

function hashNumber(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

const NAMES = ['SITI AMINAH', 'BUDI SANTOSO', 'AGUS SALIM', 'DEWI LESTARI', 'RUDI HARTONO', 'NURHAYATI', 'SUPRIYADI', 'YULIANA SARI', 'BAMBANG WIJAYA', 'IWAN SETIAWAN'];
const POWER = ['R1/900VA', 'R1/1300VA', 'R1/2200VA', 'R2/3500VA', 'R3/6600VA'];

export function customerNameFor(value: string): string {
  if (value === DOC_INQUIRY_OK) return 'BAHARRUDIN1';
  return NAMES[hashNumber(`name:${value}`) % NAMES.length] ?? 'PELANGGAN';
}

export function powerCapacityFor(value: string): string {
  if (value === DOC_INQUIRY_OK) return 'R1/2200VA';
  return POWER[hashNumber(`power:${value}`) % POWER.length] ?? 'R1/1300VA';
}

/** Bill of one period for an account, stable for the same account and product. */
export function billFor(product: CatalogueEntry, account: string): number {
  const range = product.bill ?? { min: 50_000, max: 200_000, admin: 2_500 };
  const span = range.max - range.min;
  return range.min + (hashNumber(`bill:${product.code}:${account}`) % (span + 1));
}

/** Serial / token text as it appears in `sn` (DANA sample: "<ref> /<NAME>"). */
export function serialFor(product: CatalogueEntry, transactionId: string, customerName: string, power?: string): string {
  const digits = String(hashNumber(`sn:${transactionId}`)).padStart(10, '0') + String(hashNumber(`sn2:${transactionId}`)).padStart(10, '0');
  const twenty = digits.slice(0, 20);
  if (product.category === 'plnprepaid') {
    const token = twenty.match(/.{4}/g)?.join('-') ?? twenty;
    const kwh = ((product.nominal ?? 20_000) / 1_444.7).toFixed(1);
    return `${token}/${customerName}/${power ?? 'R1/1300VA'}/${kwh}kWh`;
  }
  if (product.kind === 'postpaid') return `${twenty}/${customerName}`;
  if (product.category === 'ewallet' || product.category === 'maxim') return `${twenty} /${customerName}`;
  return twenty;
}
