import type { ProviderId } from '../domain/provider-id';
import type { AyoconnectClient } from '../providers/ayoconnect';
import type { IakClient } from '../providers/iak';
import type { KlikooClient } from '../providers/klikoo';
import type { MmbcClient } from '../providers/mmbc';
import { fetchAyoconnectOffers } from './mappers/ayoconnect-mapper';
import { fetchIakOffers } from './mappers/iak-mapper';
import { fetchKlikooOffers } from './mappers/klikoo-mapper';
import { fetchMmbcOffers } from './mappers/mmbc-mapper';
import type { PriceListFetch } from './types';

/** What the catalogue needs of the provider registry: the client of each provider's current mode. */
export interface ProviderClients {
  client(id: ProviderId): unknown;
}

/**
 * One price-list fetch per provider, each through the client of the provider's current mode
 * (sandbox simulator or live), asked for at fetch time so a change in Settings applies to the next
 * sync. The casts are safe: the registry builds each provider's client with its own adapter.
 */
export function priceListSources(providers: ProviderClients): ReadonlyMap<ProviderId, PriceListFetch> {
  return new Map<ProviderId, PriceListFetch>([
    ['mmbc', () => fetchMmbcOffers(providers.client('mmbc') as MmbcClient)],
    ['iak', () => fetchIakOffers(providers.client('iak') as IakClient)],
    ['ayoconnect', () => fetchAyoconnectOffers(providers.client('ayoconnect') as AyoconnectClient)],
    ['klikoo', () => fetchKlikooOffers(providers.client('klikoo') as KlikooClient)],
  ]);
}
