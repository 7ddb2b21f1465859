import type { z } from 'zod';
import type { productView } from '../api/channels/catalog';
import { productCategories } from '../domain/product-category';
import { providerIds } from '../domain/provider-id';
import { rupiah, type Rupiah } from '../money';
import { compareBills } from './bill-order';
import { priceOf, type PriceRule } from './pricing';
import { displaySpelling, shoutingWords, tidyCasing } from './product-identity';
import { routeOffers } from './routing';
import type { ProductCategory, ProviderHealth, RoutedOffer, StoredOffer } from './types';

export type ProductView = z.output<typeof productView>;

export interface PricingContext {
  health: ProviderHealth;
  rules: ReadonlyMap<ProductCategory, PriceRule>;
  overrides: ReadonlyMap<string, Rupiah>;
}

/** A product with its offers in routing order (inactive ones listed after, for the owner). */
const NO_RULE: PriceRule = { markup: rupiah(0), rounding: 0 };

export function buildProduct(offers: readonly StoredOffer[], ctx: PricingContext): { view: ProductView; route: RoutedOffer[] } {
  const ordered = [...offers].sort((a, b) => providerIds.indexOf(a.provider) - providerIds.indexOf(b.provider));
  const first = ordered[0];
  if (!first) throw new Error('buildProduct needs at least one offer');
  const route = routeOffers(ordered, ctx.health);
  const rule = ctx.rules.get(first.category) ?? NO_RULE;
  const { price, cost, margin } = priceOf(route, ordered, rule, ctx.overrides.get(first.productId) ?? null);
  const routed = route.map((r) => ({ provider: r.provider, providerCode: r.providerCode, cost: r.cost, active: true }));
  const inactive = ordered.filter((o) => !o.active).map((o) => ({ provider: o.provider, providerCode: o.providerCode, cost: o.cost, active: false }));
  return {
    route,
    view: {
      id: first.productId,
      category: first.category,
      operator: first.operator,
      name: bestName(ordered),
      nominal: first.nominal,
      price,
      cost,
      margin,
      available: route.length > 0,
      offers: [...routed, ...inactive],
    },
  };
}

/**
 * The name shown for a product several providers list: the best-written of their names (fewest
 * words in a provider's capitals, then the fewest brackets and marks, then provider order), in one
 * casing and the one spelling of each word, so a product reads the same whichever provider synced last.
 */
function bestName(offers: readonly StoredOffer[]): string {
  const score = (name: string): number => shoutingWords(name) * 100 + (name.match(/[^A-Za-z0-9 ]/g)?.length ?? 0);
  const best = offers.reduce((b, o) => (score(o.productName) < score(b) ? o.productName : b), offers[0]!.productName);
  return displaySpelling(tidyCasing(best));
}

export function groupByProduct(offers: readonly StoredOffer[]): Map<string, StoredOffer[]> {
  const groups = new Map<string, StoredOffer[]>();
  for (const offer of offers) {
    const group = groups.get(offer.productId);
    if (group) group.push(offer);
    else groups.set(offer.productId, [offer]);
  }
  return groups;
}

/** Every query word must appear in the product's name, id, operator or a provider code. */
export function matchesQuery(view: ProductView, query: string | undefined): boolean {
  const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [view.name, view.id, view.operator, ...view.offers.map((o) => o.providerCode)].join(' ').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Category, operator, then face value: the order of the top-up screen's grid; bills: bill-order.ts. */
export function compareProducts(a: ProductView, b: ProductView): number {
  const byCategory = productCategories.indexOf(a.category) - productCategories.indexOf(b.category);
  if (byCategory !== 0) return byCategory;
  if (a.category === 'bill') return compareBills(a, b);
  if (a.operator !== b.operator) return a.operator.localeCompare(b.operator);
  const nominalA = a.nominal ?? Number.MAX_SAFE_INTEGER;
  const nominalB = b.nominal ?? Number.MAX_SAFE_INTEGER;
  if (nominalA !== nominalB) return nominalA - nominalB;
  if (a.price !== b.price) return a.price - b.price;
  return a.name.localeCompare(b.name);
}
