import type { ProviderId } from '../../../electron/core/api/schemas';
import { EventBus } from '../../../electron/core/app/event-bus';
import { Catalog, type NormalisedOffer, type PriceListFetch, type PriceListResult } from '../../../electron/core/catalog';
import type { ProductCategory } from '../../../electron/core/catalog/types';
import { rupiah } from '../../../electron/core/money';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * A Catalog on a real migrated ledger whose price lists come from `lists` (set per test): each
 * provider's next fetch answers what is there, or a failure when it holds a message.
 */
export interface CatalogFixture {
  catalog: Catalog;
  fixture: LedgerFixture;
  events: { event: string; payload: unknown }[];
  lists: Partial<Record<ProviderId, NormalisedOffer[] | string>>;
  healthy: Set<ProviderId>;
  close(): void;
}

export async function openCatalogFixture(): Promise<CatalogFixture> {
  const fixture = await openTestLedger();
  const bus = new EventBus();
  const events: CatalogFixture['events'] = [];
  bus.on((event, payload) => events.push({ event, payload }));
  const lists: CatalogFixture['lists'] = {};
  const healthy = new Set<ProviderId>(['mmbc', 'iak', 'ayoconnect', 'klikoo']);
  const source = (provider: ProviderId): PriceListFetch => async (): Promise<PriceListResult> => {
    const list = lists[provider];
    if (typeof list === 'string') return { ok: false, message: list };
    return { ok: true, value: { offers: list ?? [], skipped: [] } };
  };
  const sources = new Map((['mmbc', 'iak', 'ayoconnect', 'klikoo'] as const).map((p) => [p, source(p)]));
  const catalog = new Catalog({ ledger: fixture.ledger, events: bus, sources, health: { isHealthy: (p) => healthy.has(p) } });
  return { catalog, fixture, events, lists, healthy, close: () => fixture.close() };
}

/** A plausible offer; `id` defaults from category/operator/nominal like the mappers do. */
export function offer(provider: ProviderId, code: string, cost: number, extra: Partial<NormalisedOffer> = {}): NormalisedOffer {
  const category: ProductCategory = extra.category ?? 'pulsa';
  const nominal = extra.nominal === undefined ? rupiah(10_000) : extra.nominal;
  return {
    provider,
    providerCode: code,
    productId: extra.productId ?? `${category}:${extra.operator ?? 'telkomsel'}:${nominal}`,
    productName: extra.productName ?? 'Pulsa Telkomsel 10.000',
    category,
    operator: extra.operator ?? 'telkomsel',
    nominal,
    description: extra.description ?? code,
    cost: rupiah(cost),
    fee: extra.fee ?? null,
    active: extra.active ?? true,
  };
}
