import type { ProviderId } from '../domain/provider-id';
import type { EventBus } from '../app/event-bus';
import type { Ledger } from '../ledger';
import { Catalog } from './catalog';
import { loadPrefixTable } from './prefix-table';
import { priceListSources, type ProviderClients } from './price-list-sources';
import type { ProviderHealth } from './types';

export interface OpenCatalogOptions {
  ledger: Ledger;
  events: EventBus;
  /** The provider registry (ProviderService): clients for the sync, endpoints for the start-up check. */
  providers: ProviderClients & { status(id: ProviderId): { baseUrl: string | null } };
  /** Path of operator-prefixes.json; default: found next to the app (see prefix-table.ts). */
  prefixFile?: string;
  health?: ProviderHealth;
  /** Sync stale or never-synced providers in the background right away (default true). */
  syncOnStart?: boolean;
}

/**
 * The catalogue as openCore wires it. On a fresh install every provider with an endpoint (the
 * sandbox simulators are up by then) is synced in the background, so the first sale finds a
 * filled catalogue; later starts refresh lists older than a day. Nothing here waits for HTTP.
 */
export function openCatalog(options: OpenCatalogOptions): Catalog {
  const catalog = new Catalog({
    ledger: options.ledger,
    events: options.events,
    sources: priceListSources(options.providers),
    prefixes: loadPrefixTable(options.prefixFile),
    health: options.health,
  });
  if (options.syncOnStart ?? true) {
    catalog.syncStale((provider) => hasEndpoint(options.providers, provider));
  }
  return catalog;
}

function hasEndpoint(providers: OpenCatalogOptions['providers'], provider: ProviderId): boolean {
  try {
    return providers.status(provider).baseUrl !== null;
  } catch {
    return false;
  }
}
