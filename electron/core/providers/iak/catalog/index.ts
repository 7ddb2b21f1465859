import { DATA_PRODUCTS } from './prepaid-data';
import { EWALLET_PRODUCTS, PLN_PRODUCTS } from './prepaid-pln-ewallet';
import { PULSA_PRODUCTS } from './prepaid-pulsa';
import type { IakPrepaidCatalogItem } from './types';

export { POSTPAID_PRODUCTS } from './postpaid-products';
export { OPERATOR_PREFIXES } from './prefixes';
export type { IakPostpaidCatalogItem, IakPostpaidType, IakPrepaidCatalogItem, IakPrepaidType } from './types';

/** Every prepaid product the IAK sandbox sells: pulsa, data, PLN tokens, e-wallets. */
export const PREPAID_PRODUCTS: readonly IakPrepaidCatalogItem[] = [...PULSA_PRODUCTS, ...DATA_PRODUCTS, ...PLN_PRODUCTS, ...EWALLET_PRODUCTS];
