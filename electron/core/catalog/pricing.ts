import { rupiah, type Rupiah } from '../money';
import type { RoutedOffer, StoredOffer } from './types';

export interface PriceParts {
  /** What the cashier charges (for a bill: the outlet's fee on top of the inquiry's total). */
  price: Rupiah;
  /** Cost of the offer routing picks first (0 for bills). */
  cost: Rupiah;
  margin: Rupiah;
}

/**
 * Selling price = cost of the preferred offer + the category's markup, unless the owner set an
 * absolute price for the product. An override below the current cost (the provider raised its
 * price after the owner set it) is ignored until the owner changes it: the outlet never sells at a
 * loss because of a stale override.
 *
 * A product with no active offer is priced from its cheapest listed offer, so the owner still sees
 * a figure while it is unavailable.
 */
export function priceOf(route: readonly RoutedOffer[], offers: readonly StoredOffer[], markup: Rupiah, override: Rupiah | null): PriceParts {
  const cost = route[0]?.cost ?? cheapest(offers);
  const price = override !== null && override >= cost ? override : rupiah(cost + markup);
  return { price, cost, margin: rupiah(price - cost) };
}

function cheapest(offers: readonly StoredOffer[]): Rupiah {
  return offers.reduce<Rupiah | null>((min, o) => (min === null || o.cost < min ? o.cost : min), null) ?? rupiah(0);
}
