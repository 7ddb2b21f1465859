import type { ProductView } from './product-view';

/**
 * The order of the bill list: the bills outlets sell most come first (PLN Pascabayar, BPJS
 * Kesehatan, PDAM, Telkom/IndiHome, HP pascabayar), then every other bill by name. A list cut to
 * its first rows (the Tagihan picker before anything is typed) therefore always shows them.
 */
const MOST_USED: ((p: ProductView) => boolean)[] = [
  (p) => p.id === 'bill:pln_postpaid',
  (p) => p.id === 'bill:bpjs',
  (p) => p.operator === 'pdam',
  (p) => p.operator === 'telkom',
  (p) => p.operator === 'hp_postpaid',
];

function rank(p: ProductView): number {
  const at = MOST_USED.findIndex((test) => test(p));
  return at < 0 ? MOST_USED.length : at;
}

export function compareBills(a: ProductView, b: ProductView): number {
  return rank(a) - rank(b) || a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id);
}
