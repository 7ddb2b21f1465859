import type { ProviderId } from '../domain/provider-id';
import { formatRupiah, type Rupiah } from '../money';
import { operatorName } from './operators';

/**
 * The cashier-facing product id scheme. Ids are stable strings (the sale row keeps them, the
 * owner's price overrides are keyed by them), at most 120 characters:
 *
 * | product | id | shared across providers |
 * |---|---|---|
 * | pulsa | `pulsa:<operator>:<nominal>` (`pulsa:telkomsel:10000`), promo lines `…:promo` | yes |
 * | PLN token | `pln_token:pln:<nominal>` | yes |
 * | e-wallet | `ewallet:<wallet>:<nominal>` (`ewallet:gopay:50000`) | yes |
 * | data package | `data:<provider>:<code>` (`data:iak:tseldata250MB`) | no: packages differ per provider |
 * | national bill | `bill:<type>[:<variant>]` (`bill:pln_postpaid`, `bill:hp_postpaid:telkomsel`) | yes |
 * | local biller | `bill:<type>:<provider>:<code>` (`bill:pdam:iak:PDAMKOTA.SURABAYA`) | no: names of water utilities, TV and finance companies do not match across lists |
 */
export const MAX_PRODUCT_ID_LENGTH = 120;

const thousands = (n: number): string => formatRupiah(n).replace(/^Rp /, '');

export function pulsaProduct(operator: string, nominal: Rupiah, promo = false): { productId: string; productName: string } {
  return {
    productId: `pulsa:${operator}:${nominal}${promo ? ':promo' : ''}`,
    productName: `Pulsa ${operatorName(operator)} ${thousands(nominal)}${promo ? ' (promo)' : ''}`,
  };
}

export function plnTokenProduct(nominal: Rupiah): { productId: string; productName: string } {
  return { productId: `pln_token:pln:${nominal}`, productName: `Token PLN ${thousands(nominal)}` };
}

export function walletProduct(wallet: string, nominal: Rupiah): { productId: string; productName: string } {
  return { productId: `ewallet:${wallet}:${nominal}`, productName: `${operatorName(wallet)} ${thousands(nominal)}` };
}

export function dataProduct(provider: ProviderId, code: string, operator: string, description: string): { productId: string; productName: string } {
  const brand = operatorName(operator);
  const text = description.trim();
  const named = text.toLowerCase().startsWith(brand.toLowerCase()) ? text : `${brand} ${text}`;
  return { productId: `data:${provider}:${code}`, productName: named };
}

/** Bill types every provider sells under the same name: merged into one product each. */
export const NATIONAL_BILLS = {
  pln_postpaid: 'PLN Pascabayar',
  pln_nontaglis: 'PLN Non-Taglis',
  bpjs: 'BPJS Kesehatan',
  'bpjs:tk_pu': 'BPJS Ketenagakerjaan Penerima Upah',
  'bpjs:tk_bpu': 'BPJS Ketenagakerjaan Bukan Penerima Upah',
  telkom: 'Telkom Telepon Rumah',
  'telkom:indihome': 'IndiHome',
} as const;
export type NationalBill = keyof typeof NATIONAL_BILLS;

export function nationalBill(bill: NationalBill): { productId: string; productName: string; operator: string } {
  return { productId: `bill:${bill}`, productName: NATIONAL_BILLS[bill], operator: bill.split(':')[0] ?? bill };
}

export function hpPostpaidBill(operator: string): { productId: string; productName: string; operator: string } {
  return { productId: `bill:hp_postpaid:${operator}`, productName: `Pascabayar ${operatorName(operator)}`, operator: 'hp_postpaid' };
}

/** Local billers (PDAM, TV/internet, gas, multifinance): one product per provider line. */
export function localBill(type: 'pdam' | 'internet_tv' | 'gas' | 'multifinance', provider: ProviderId, code: string, name: string) {
  return { productId: `bill:${type}:${provider}:${code}`, productName: name.trim(), operator: type };
}

export function isValidProductId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_PRODUCT_ID_LENGTH && !/\s/.test(id);
}
