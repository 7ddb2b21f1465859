import { operatorLabel } from '../../format/operators';
import type { Product } from '../../format/sale';

/**
 * Top-up's product search: "25" or "indosat 10". Every word must match the product's name, its
 * operator (id or display name) or its nominal. A word of digits is a face value, not a substring:
 * "10" finds 10.000 and 10GB but not 100.000 ("10" is also "10 ribu": 10000).
 */
export function matchesSearch(product: Pick<Product, 'name' | 'operator' | 'nominal'>, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const name = product.name.toLowerCase();
  const operators = [product.operator.toLowerCase(), operatorLabel(product.operator).toLowerCase()];
  // "25.000" is one number: drop the thousands dots before cutting the name into words.
  const tokens = name.replace(/(\d)\.(?=\d{3}\b)/g, '$1').split(/[^a-z0-9]+/).filter(Boolean);
  return words.every((word) => (/^\d+$/.test(word) ? faceValue(word, tokens, product.nominal) : textual(word, name, operators)));
}

function faceValue(word: string, tokens: string[], nominal: number | null): boolean {
  const thousands = `${word}000`;
  if (nominal !== null && (String(nominal) === word || String(nominal) === thousands)) return true;
  return tokens.some((t) => t === word || t === thousands || (t.startsWith(word) && !/\d/.test(t.charAt(word.length))));
}

function textual(word: string, name: string, operators: string[]): boolean {
  return name.includes(word) || operators.some((o) => o.includes(word));
}
