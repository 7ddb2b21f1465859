import type { ProviderId } from '../../electron/core/api/schemas';
import type { SaleCatalog } from '../../electron/core/sales/catalog-port';

/**
 * The crash harness sells one fixed Telkomsel 10.000 product per provider, so every provider is
 * exercised on every run whatever the real catalogue's routing would prefer.
 */
export const crashProducts: Record<ProviderId, { productId: string; providerCode: string; cost: number }> = {
  iak: { productId: 'crash:iak', providerCode: 'htelkomsel10000', cost: 10_800 },
  mmbc: { productId: 'crash:mmbc', providerCode: 'TSEL10', cost: 10_750 },
  klikoo: { productId: 'crash:klikoo', providerCode: 'S10', cost: 10_450 },
  ayoconnect: { productId: 'crash:ayoconnect', providerCode: 'PPLSTK10', cost: 10_550 },
};

export const crashCatalog: SaleCatalog = {
  route(productId) {
    const entry = Object.entries(crashProducts).find(([, p]) => p.productId === productId);
    if (!entry) return undefined;
    const [provider, product] = entry as [ProviderId, (typeof crashProducts)[ProviderId]];
    return {
      productId,
      category: 'pulsa',
      name: `Pulsa Telkomsel 10.000 via ${provider.toUpperCase()}`,
      price: 12_500,
      offers: [{ provider, providerCode: product.providerCode, cost: product.cost }],
    };
  },
  normaliseCustomer: (_category, input) => input.replace(/\D/g, ''),
};
