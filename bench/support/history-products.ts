import type { ProviderId } from '../../electron/core/domain/provider-id';
import type { SaleKind } from '../../electron/core/sales/sale-record';

/**
 * What the generated outlet sells: cashier-facing ids and names as the catalogue makes them
 * (catalog/product-id.ts), each with the providers that offer it and their cost. `weight` is how
 * often it sells, roughly what a PPOB counter sees: mostly small pulsa, then data, e-wallets,
 * PLN tokens and a few bills.
 */
export interface HistoryProduct {
  productId: string;
  name: string;
  kind: SaleKind;
  price: number;
  offers: { provider: ProviderId; code: string; cost: number }[];
  /** Phone prefixes of the operator (pulsa/data), or 'meter' / 'wallet' for other customer numbers. */
  customer: readonly string[] | 'meter' | 'wallet';
  weight: number;
}

const TSEL = ['0812', '0813', '0821', '0852'] as const;
const ISAT = ['0856', '0857', '0815'] as const;
const XL = ['0817', '0818', '0877'] as const;
const TRI = ['0895', '0896'] as const;

const pulsa = (operator: string, label: string, prefixes: readonly string[], nominal: number, weight: number): HistoryProduct => ({
  productId: `pulsa:${operator}:${nominal}`,
  name: `Pulsa ${label} ${nominal.toLocaleString('id-ID')}`,
  kind: 'pulsa',
  price: nominal + 2_000,
  offers: [
    { provider: 'mmbc', code: `${operator.slice(0, 4).toUpperCase()}${nominal / 1000}`, cost: Math.round(nominal * 0.985) },
    { provider: 'iak', code: `h${operator.slice(0, 4)}${nominal}`, cost: Math.round(nominal * 0.99) },
  ],
  customer: prefixes,
  weight,
});

export const historyProducts: readonly HistoryProduct[] = [
  pulsa('telkomsel', 'Telkomsel', TSEL, 5_000, 6),
  pulsa('telkomsel', 'Telkomsel', TSEL, 10_000, 14),
  pulsa('telkomsel', 'Telkomsel', TSEL, 20_000, 8),
  pulsa('telkomsel', 'Telkomsel', TSEL, 50_000, 4),
  pulsa('telkomsel', 'Telkomsel', TSEL, 100_000, 2),
  pulsa('indosat', 'Indosat', ISAT, 10_000, 6),
  pulsa('indosat', 'Indosat', ISAT, 25_000, 3),
  pulsa('xl', 'XL', XL, 10_000, 5),
  pulsa('xl', 'XL', XL, 25_000, 3),
  pulsa('tri', 'Tri', TRI, 10_000, 4),
  {
    productId: 'data:iak:tseldata2GB', name: 'Telkomsel Data 2GB 30 hari', kind: 'data', price: 27_000,
    offers: [{ provider: 'iak', code: 'tseldata2GB', cost: 24_750 }], customer: TSEL, weight: 6,
  },
  {
    productId: 'data:mmbc:XLD5', name: 'XL Data Xtra Combo 5GB', kind: 'data', price: 52_000,
    offers: [{ provider: 'mmbc', code: 'XLD5', cost: 49_100 }], customer: XL, weight: 3,
  },
  {
    productId: 'ewallet:dana:20000', name: 'DANA 20.000', kind: 'ewallet', price: 21_500,
    offers: [{ provider: 'klikoo', code: 'DANA20', cost: 20_100 }, { provider: 'ayoconnect', code: 'DANA20K', cost: 20_150 }], customer: 'wallet', weight: 5,
  },
  {
    productId: 'ewallet:gopay:50000', name: 'GoPay 50.000', kind: 'ewallet', price: 51_500,
    offers: [{ provider: 'ayoconnect', code: 'GOPAY50K', cost: 50_150 }, { provider: 'klikoo', code: 'GOPAY50', cost: 50_200 }], customer: 'wallet', weight: 4,
  },
  {
    productId: 'ewallet:ovo:100000', name: 'OVO 100.000', kind: 'ewallet', price: 101_500,
    offers: [{ provider: 'klikoo', code: 'OVO100', cost: 100_200 }], customer: 'wallet', weight: 2,
  },
  {
    productId: 'pln_token:pln:20000', name: 'Token PLN 20.000', kind: 'pln_token', price: 22_500,
    offers: [{ provider: 'iak', code: 'hpln20000', cost: 20_150 }, { provider: 'ayoconnect', code: 'PLN20K', cost: 20_200 }], customer: 'meter', weight: 4,
  },
  {
    productId: 'pln_token:pln:50000', name: 'Token PLN 50.000', kind: 'pln_token', price: 52_500,
    offers: [{ provider: 'iak', code: 'hpln50000', cost: 50_150 }], customer: 'meter', weight: 4,
  },
  {
    productId: 'pln_token:pln:100000', name: 'Token PLN 100.000', kind: 'pln_token', price: 102_500,
    offers: [{ provider: 'iak', code: 'hpln100000', cost: 100_150 }], customer: 'meter', weight: 2,
  },
  {
    productId: 'bill:pln_postpaid', name: 'PLN Pascabayar', kind: 'bill', price: 0,
    offers: [{ provider: 'iak', code: 'PLNPOSTPAID', cost: 0 }], customer: 'meter', weight: 4,
  },
  {
    productId: 'bill:bpjs', name: 'BPJS Kesehatan', kind: 'bill', price: 0,
    offers: [{ provider: 'ayoconnect', code: 'BPJSKS', cost: 0 }], customer: 'meter', weight: 2,
  },
];
