import { providerIds, type ProviderId } from '../domain/provider-id';
import { formatRupiah, type Rupiah } from '../money';
import { operatorName } from './operators';
import { billerIdentity, dataIdentity, tidyBillerName, tidyDataName } from './product-identity';

/**
 * The cashier-facing product id scheme. Ids are stable strings (the sale row keeps them, the
 * owner's price overrides are keyed by them), at most 120 characters:
 *
 * | product | id | shared across providers |
 * |---|---|---|
 * | pulsa | `pulsa:<operator>:<nominal>` (`pulsa:telkomsel:10000`), promo lines `…:promo` | yes |
 * | PLN token | `pln_token:pln:<nominal>` | yes |
 * | e-wallet | `ewallet:<wallet>:<nominal>` (`ewallet:gopay:50000`) | yes |
 * | data package | `data:<operator>:<package key>` (`data:indosat:indosat-freedom-internet-7gb-30-hari`), `data:<provider>:<code>` when the name has no quota or validity | yes, when operator, package name, quota and validity match |
 * | national bill | `bill:<type>[:<variant>]` (`bill:pln_postpaid`, `bill:hp_postpaid:telkomsel`) | yes |
 * | local biller | `bill:<type>:<name key>` (`bill:pdam:pdamsuryasembadakotasurabaya`) | yes, when the utility's name and region match (product-identity.ts) |
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
  const productName = tidyDataName(text.toLowerCase().startsWith(brand.toLowerCase()) ? text : `${brand} ${text}`);
  // Several providers' lines of the same package share one id (operator + name + quota + validity);
  // a name without readable quota or validity stays the provider's own product.
  const identity = dataIdentity(productName);
  const shared = identity ? `data:${operator}:${identity}` : null;
  return { productId: shared && isValidProductId(shared) ? shared : `data:${provider}:${code}`, productName };
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

/**
 * Local billers (PDAM, TV/internet, gas, multifinance): one product per utility and region across
 * providers (`bill:<type>:<name key>`, product-identity.ts); a name that gives no key stays the
 * provider's own product (`bill:<type>:<provider>:<code>`).
 */
export function localBill(type: 'pdam' | 'internet_tv' | 'gas' | 'multifinance', provider: ProviderId, code: string, name: string) {
  const identity = billerIdentity(name);
  const shared = identity ? `bill:${type}:${identity}` : null;
  return { productId: shared && isValidProductId(shared) ? shared : `bill:${type}:${provider}:${code}`, productName: tidyBillerName(name), operator: type };
}

const LOCAL_BILL_TYPES = new Set(['pdam', 'internet_tv', 'gas', 'multifinance']);

/**
 * The per-provider id a data package or local biller line had before it got a shared one (sale
 * rows, favourites and owner prices written before issue 12 still name it); null for other lines.
 */
export function formerIdOf(line: { category: string; operator: string; provider: ProviderId; providerCode: string }): string | null {
  if (line.category === 'data') return `data:${line.provider}:${line.providerCode}`;
  if (line.category === 'bill' && LOCAL_BILL_TYPES.has(line.operator)) return `bill:${line.operator}:${line.provider}:${line.providerCode}`;
  return null;
}

/**
 * The per-provider id a line had before issue 12 gave data packages and local billers a
 * cross-provider identity (`data:<provider>:<code>`, `bill:<type>:<provider>:<code>`): sale rows
 * and owner price overrides may still name it. Null for any other id.
 */
export function legacyLineOf(productId: string): { provider: ProviderId; code: string } | null {
  const parts = productId.split(':');
  const [kind] = parts;
  const at = kind === 'data' ? 1 : kind === 'bill' && LOCAL_BILL_TYPES.has(parts[1] ?? '') ? 2 : -1;
  const provider = parts[at];
  if (at < 0 || parts.length < at + 2 || !provider || !(providerIds as readonly string[]).includes(provider)) return null;
  return { provider: provider as ProviderId, code: parts.slice(at + 1).join(':') };
}

export function isValidProductId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_PRODUCT_ID_LENGTH && !/\s/.test(id);
}
