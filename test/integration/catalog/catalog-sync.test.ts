import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput, EventPayload } from '../../../electron/core/api/contract';
import type { ProviderId } from '../../../electron/core/api/schemas';
import { openTestCore } from '../../support/core-fixture';
import { OWNER_SESSION } from '../../support/sessions';

/**
 * The catalogue against the four real simulators over loopback HTTP, through core.dispatch only:
 * the start-up sync of a fresh install, progress events, one product offered by several
 * providers, and a provider whose price list fails.
 */
type Status = ChannelOutput<'catalog:syncStatus'>['providers'][number];
type Products = ChannelOutput<'catalog:products'>['products'];
type Progress = EventPayload<'catalog:syncProgress'>;

let t: Awaited<ReturnType<typeof openTestCore>>;
const progress: Progress[] = [];

beforeAll(async () => {
  t = await openTestCore(undefined, { sandbox: 'in-process' });
  t.core.onEvent((event, payload) => {
    if (event === 'catalog:syncProgress') progress.push(payload as Progress);
  });
});
afterAll(() => t.close());

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await t.core.dispatch(channel, input, OWNER_SESSION);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function statuses(): Promise<Status[]> {
  return (await call<{ providers: Status[] }>('catalog:syncStatus')).providers;
}

/** Waits (no time asserted) until no provider is syncing. */
async function idle(): Promise<Status[]> {
  await vi.waitFor(async () => expect((await statuses()).some((s) => s.running)).toBe(false), { timeout: 15_000, interval: 25 });
  return statuses();
}

async function simOrigin(provider: ProviderId): Promise<string> {
  const { providers } = await call<{ providers: { id: string; baseUrl: string }[] }>('providers:list');
  return new URL(providers.find((p) => p.id === provider)!.baseUrl).origin;
}

describe('price-list sync against the simulators', () => {
  it('fills the catalogue on first start from all four providers', async () => {
    const after = await idle();
    expect(after.map((s) => s.provider)).toEqual(['mmbc', 'iak', 'ayoconnect', 'klikoo']);
    for (const s of after) {
      expect(s).toMatchObject({ running: false, lastError: null });
      expect(s.lastSyncAt).toEqual(expect.any(Number));
      expect(s.productCount).toBeGreaterThan(50);
    }
    const { products } = await call<{ products: Products }>('catalog:products', { includeUnavailable: true });
    expect(new Set(products.map((p) => p.category))).toEqual(new Set(['pulsa', 'data', 'ewallet', 'pln_token', 'bill']));
  });

  it('makes pulsa Telkomsel 10.000 one product with several offers, priced from the cheapest', async () => {
    await idle();
    const { products } = await call<{ products: Products }>('catalog:products', { category: 'pulsa', query: 'telkomsel 10.000' });
    const tsel = products.filter((p) => p.id === 'pulsa:telkomsel:10000');
    expect(tsel).toHaveLength(1);
    const product = tsel[0]!;
    expect(new Set(product.offers.map((o) => o.provider))).toEqual(new Set(['mmbc', 'iak', 'ayoconnect', 'klikoo']));
    const costs = product.offers.filter((o) => o.active).map((o) => o.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(product).toMatchObject({ name: 'Pulsa Telkomsel 10.000', nominal: 10_000, cost: costs[0], price: costs[0]! + 2_000, margin: 2_000, available: true });
  });

  it('reports fetching -> saving -> done for each provider, in order', async () => {
    await idle();
    progress.length = 0;
    expect(await call('catalog:sync', {})).toEqual({ started: ['mmbc', 'iak', 'ayoconnect', 'klikoo'] });
    await vi.waitFor(() => expect(progress.filter((p) => p.stage === 'done')).toHaveLength(4), { timeout: 15_000, interval: 25 });
    for (const provider of ['mmbc', 'iak', 'ayoconnect', 'klikoo'] as const) {
      const mine = progress.filter((p) => p.provider === provider);
      expect(mine.map((p) => p.stage)).toEqual(['fetching', 'saving', 'done']);
      expect(mine[2]).toMatchObject({ done: mine[1]!.total, total: mine[1]!.total });
    }
  });

  it.each([
    ['klikoo', 'products'],
    ['iak', 'pricelist'],
    ['mmbc', 'daftarharga'],
    ['ayoconnect', 'products'],
  ] as const)('%s failing (%s answers HTTP 500) keeps the last good list and records the error', async (provider, endpoint) => {
    const before = (await idle()).find((s) => s.provider === provider)!;
    const offersBefore = await offersOf(provider);
    const origin = await simOrigin(provider);
    await fetch(`${origin}/__sim/faults`, { method: 'POST', body: JSON.stringify({ endpoint, mode: 'http_500' }) });
    try {
      progress.length = 0;
      await call('catalog:sync', { provider });
      await vi.waitFor(() => expect(progress.at(-1)?.stage).toBe('failed'), { timeout: 15_000, interval: 25 });
      expect(progress.map((p) => `${p.provider}:${p.stage}`)).toEqual([`${provider}:fetching`, `${provider}:failed`]);
      const after = (await idle()).find((s) => s.provider === provider)!;
      expect(after).toMatchObject({ lastSyncAt: before.lastSyncAt, productCount: before.productCount });
      expect(after.lastError).toEqual(progress.at(-1)?.message);
      expect(after.lastError).toBeTruthy();
      expect(await offersOf(provider)).toBe(offersBefore);
    } finally {
      await fetch(`${origin}/__sim/faults`, { method: 'DELETE' });
    }
    await call('catalog:sync', { provider });
    const healed = (await idle()).find((s) => s.provider === provider)!;
    expect(healed.lastError).toBeNull();
  });
});

async function offersOf(provider: ProviderId): Promise<number> {
  const { products } = await call<{ products: Products }>('catalog:products', { includeUnavailable: true });
  return products.flatMap((p) => p.offers).filter((o) => o.provider === provider).length;
}
