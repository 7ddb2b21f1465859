/**
 * The sandbox catalogue in IAK's own wire format (price-list item fields as IAK names them), so the
 * simulator serves it as-is. `operator` is the price-list path segment (`api/pricelist/:type/:operator`)
 * and `prefixes` the number prefixes IAK accepts for it (prepaid/prefix-list.md); neither is sent.
 */
export type IakPrepaidType = 'pulsa' | 'data' | 'pln' | 'etoll';

export interface IakPrepaidCatalogItem {
  product_code: string;
  product_description: string;
  product_nominal: string;
  product_details: string;
  product_price: number;
  product_type: IakPrepaidType;
  active_period: string;
  status: 'active' | 'non active';
  icon_url: string;
  product_category: string;
  operator: string;
  prefixes?: readonly string[];
}

export type IakPostpaidType = 'hp' | 'pln' | 'bpjs' | 'internet' | 'tv' | 'pdam' | 'gas' | 'finance';

export interface IakPostpaidCatalogItem {
  code: string;
  name: string;
  /** 1 = active, 4 = non active. */
  status: 1 | 4;
  /** Admin fee per bill. */
  fee: number;
  /** Commission to us per bill: deducted balance = price - komisi. */
  komisi: number;
  type: IakPostpaidType;
  category: string;
  province?: string;
}

/** Price lists are quoted to the nearest 25 rupiah. */
export function round25(value: number): number {
  return Math.round(value / 25) * 25;
}

const CDN = 'https://cdn.mobilepulsa.net/img/product/operator_list';
export const icon = (file: string): string => `${CDN}/${file}`;
