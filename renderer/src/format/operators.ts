/**
 * Mobile operators the cashier can pick by hand when detection is wrong or the number is new.
 * Ids match the core's operator vocabulary (electron/core/catalog/operators.ts); names are brands.
 */
export const MOBILE_OPERATORS: readonly { id: string; name: string }[] = [
  { id: 'telkomsel', name: 'Telkomsel' },
  { id: 'by.u', name: 'by.U' },
  { id: 'indosat', name: 'Indosat' },
  { id: 'xl', name: 'XL' },
  { id: 'axis', name: 'Axis' },
  { id: 'tri', name: 'Tri' },
  { id: 'smartfren', name: 'Smartfren' },
];

const WALLET_NAMES: Record<string, string> = {
  ovo: 'OVO',
  gopay: 'GoPay',
  dana: 'DANA',
  shopeepay: 'ShopeePay',
  linkaja: 'LinkAja',
  pln: 'PLN',
};

export function operatorLabel(id: string): string {
  return MOBILE_OPERATORS.find((o) => o.id === id)?.name ?? WALLET_NAMES[id] ?? id;
}

/** by.U runs on Telkomsel's network and numbers: the core lists both for a Telkomsel number. */
const SAME_NETWORK: Record<string, string> = { 'by.u': 'telkomsel' };

/** Whether a product of operator `product` can be sold to a number detected as `detected`. */
export function sameNetwork(product: string, detected: string): boolean {
  return (SAME_NETWORK[product] ?? product) === (SAME_NETWORK[detected] ?? detected);
}
