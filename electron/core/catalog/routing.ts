import { providerIds } from '../domain/provider-id';
import type { ProviderHealth, RoutedOffer, StoredOffer } from './types';

/**
 * The order in which the engine should try a product's offers: active offers only; providers with
 * a healthy recent record first, cheapest first among them (bills: lowest net fee, as their cost
 * is only known at inquiry); unhealthy providers last, in the same order. Ties fall back to the
 * fixed provider order, so the same catalogue always routes the same way.
 */
export function routeOffers(offers: readonly StoredOffer[], health: ProviderHealth): RoutedOffer[] {
  return offers
    .filter((o) => o.active)
    .map((o) => ({ offer: o, healthy: safeHealthy(health, o) }))
    .sort((a, b) => compare(a.healthy, b.healthy, a.offer, b.offer))
    .map(({ offer, healthy }) => ({ provider: offer.provider, providerCode: offer.providerCode, cost: offer.cost, fee: offer.fee, healthy }));
}

function compare(healthyA: boolean, healthyB: boolean, a: StoredOffer, b: StoredOffer): number {
  if (healthyA !== healthyB) return healthyA ? -1 : 1;
  if (a.cost !== b.cost) return a.cost - b.cost;
  const feeA = a.fee ?? Number.MAX_SAFE_INTEGER;
  const feeB = b.fee ?? Number.MAX_SAFE_INTEGER;
  if (feeA !== feeB) return feeA - feeB;
  const rank = providerIds.indexOf(a.provider) - providerIds.indexOf(b.provider);
  return rank !== 0 ? rank : a.providerCode.localeCompare(b.providerCode);
}

/** A health source that throws must not stop selling: such a provider counts as unhealthy. */
function safeHealthy(health: ProviderHealth, offer: StoredOffer): boolean {
  try {
    return health.isHealthy(offer.provider);
  } catch {
    return false;
  }
}
