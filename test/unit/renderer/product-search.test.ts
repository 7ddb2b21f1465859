import { describe, expect, it } from 'vitest';
import { matchesSearch } from '../../../renderer/src/components/selling/product-search';

/** Item 12.16: Top-up filters its tiles by words; all must match name, operator or nominal. */
const products = [
  { name: 'Pulsa Telkomsel 10.000', operator: 'telkomsel', nominal: 10_000 },
  { name: 'Pulsa Telkomsel 100.000', operator: 'telkomsel', nominal: 100_000 },
  { name: 'Pulsa Telkomsel 25.000', operator: 'telkomsel', nominal: 25_000 },
  { name: 'Pulsa Indosat 10.000', operator: 'indosat', nominal: 10_000 },
  { name: 'Pulsa Indosat 25.000', operator: 'indosat', nominal: 25_000 },
  { name: 'Indosat Freedom 10GB', operator: 'indosat', nominal: null },
];
const found = (text: string) => products.filter((p) => matchesSearch(p, text)).map((p) => p.name);

describe('product search', () => {
  it('"25" finds every 25.000 and nothing else', () => {
    expect(found('25')).toEqual(['Pulsa Telkomsel 25.000', 'Pulsa Indosat 25.000']);
  });

  it('"indosat 10" needs both words: Indosat and a face value of 10 (not 100.000)', () => {
    expect(found('indosat 10')).toEqual(['Pulsa Indosat 10.000', 'Indosat Freedom 10GB']);
    expect(found('  Indosat   25 ')).toEqual(['Pulsa Indosat 25.000']);
  });

  it('matches the full nominal and the operator, and an empty search keeps all', () => {
    expect(found('100000')).toEqual(['Pulsa Telkomsel 100.000']);
    expect(found('tsel')).toEqual([]);
    expect(found('freedom')).toEqual(['Indosat Freedom 10GB']);
    expect(found('')).toHaveLength(products.length);
  });
});
