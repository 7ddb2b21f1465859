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
 * Selling price = cost of the preferred offer + the category's markup, rounded up to the category's
 * step (roundUp), unless the owner set an
 * absolute price for the product. An override below the current cost (the provider raised its
 * price after the owner set it) is ignored until the owner changes it: the outlet never sells at a
 * loss because of a stale override.
 *
 * A product with no active offer is priced from its cheapest listed offer, so the owner still sees
 * a figure while it is unavailable.
 */
export function priceOf(route: readonly RoutedOffer[], offers: readonly StoredOffer[], rule: PriceRule, override: Rupiah | null): PriceParts {
  const cost = route[0]?.cost ?? cheapest(offers);
  const price = override !== null && override >= cost ? override : roundUp(rupiah(cost + rule.markup), rule.rounding);
  return { price, cost, margin: rupiah(price - cost) };
}

/** The owner's rule for a category: markup, then rounding up to `rounding` rupiah (0 = none). */
export interface PriceRule {
  markup: Rupiah;
  rounding: RoundingStep;
}

/** The steps an owner may round a category's prices up to (0 = no rounding). */
export const ROUNDING_STEPS = [0, 25, 50, 100, 500, 1000] as const;
export type RoundingStep = (typeof ROUNDING_STEPS)[number];

export function isRoundingStep(value: number): value is RoundingStep {
  return (ROUNDING_STEPS as readonly number[]).includes(value);
}

/**
 * Up to the next multiple of the step, never down: a rounded price is never under cost + markup
 * (Rp 7.375 with step 100 -> Rp 7.400; Rp 7.400 stays).
 */
export function roundUp(price: Rupiah, step: RoundingStep): Rupiah {
  return step === 0 ? price : rupiah(Math.ceil(price / step) * step);
}

function cheapest(offers: readonly StoredOffer[]): Rupiah {
  return offers.reduce<Rupiah | null>((min, o) => (min === null || o.cost < min ? o.cost : min), null) ?? rupiah(0);
}
