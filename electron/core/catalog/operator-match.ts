import { operatorName } from './operators';
import type { PrefixTable } from './prefix-table';

/**
 * Whether a mobile number can take a product of `productOperator`: its own operator's products and
 * its brands' (by.U on a Telkomsel number). An unknown prefix is no mismatch: there is nothing to
 * compare, and the provider still checks. Returns both display names for the cashier's message.
 */
export function operatorMismatch(prefixes: PrefixTable, productOperator: string, customerNo: string): { number: string; product: string } | null {
  const info = prefixes.lookup(customerNo);
  if (!info || prefixes.productOperators(info.id).includes(productOperator)) return null;
  return { number: info.name, product: operatorName(productOperator) };
}
