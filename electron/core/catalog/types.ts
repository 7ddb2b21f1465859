import type { ProductCategory } from '../domain/product-category';
import type { ProviderId } from '../domain/provider-id';
import type { Rupiah } from '../money';

export type { ProductCategory };

/**
 * One line of a provider's price list, in Loket's words. Mappers (one per provider) produce these;
 * the sync stores them as they are. `productId` is what the cashier sells: offers of several
 * providers that share it are one product.
 */
export interface NormalisedOffer {
  provider: ProviderId;
  providerCode: string;
  productId: string;
  productName: string;
  category: ProductCategory;
  /** telkomsel, indosat, xl, axis, tri, smartfren, by.u, pln, ovo, gopay, ... or a bill type. */
  operator: string;
  /** Face value (pulsa 10.000, token 20.000, e-wallet 50.000); null for data packages and bills. */
  nominal: Rupiah | null;
  description: string;
  /** What the provider debits our deposit; 0 for bills (known only at inquiry). */
  cost: Rupiah;
  /** Bills: the provider's net fee per bill (admin minus commission), when its list says it. */
  fee: Rupiah | null;
  active: boolean;
}

/** What a mapper made of one price list: the offers, and how many lines it could not use. */
export interface MappedPriceList {
  offers: NormalisedOffer[];
  skipped: { code: string; reason: string }[];
}

export type PriceListResult = { ok: true; value: MappedPriceList } | { ok: false; message: string };

/** Fetches and maps one provider's price list (HTTP only: no database inside). */
export type PriceListFetch = () => Promise<PriceListResult>;

/**
 * Whether a provider has a healthy recent record, as the sale engine sees it. Routing puts
 * unhealthy providers last; the default says every provider is healthy.
 */
export interface ProviderHealth {
  isHealthy(provider: ProviderId): boolean;
}

export const ALL_HEALTHY: ProviderHealth = { isHealthy: () => true };

/** A stored offer as routing and pricing read it. */
export interface StoredOffer extends NormalisedOffer {
  syncedAt: number;
}

/** One offer in the order the engine should try it. */
export interface RoutedOffer {
  provider: ProviderId;
  providerCode: string;
  cost: Rupiah;
  fee: Rupiah | null;
  healthy: boolean;
}
