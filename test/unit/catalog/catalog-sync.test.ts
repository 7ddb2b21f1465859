import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offer, openCatalogFixture, type CatalogFixture } from './catalog-fixture';

let t: CatalogFixture;
beforeEach(async () => {
  t = await openCatalogFixture();
});
afterEach(() => t.close());

const stages = (provider: string) =>
  t.events.filter((e) => (e.payload as { provider: string }).provider === provider).map((e) => (e.payload as { stage: string }).stage);

describe('price-list sync', () => {
  it('swaps a provider list, stamps the time and count, and reports fetching -> saving -> done', async () => {
    t.lists.iak = [offer('iak', 'htelkomsel10000', 10_300), offer('iak', 'hindosat10000', 10_400, { productId: 'pulsa:indosat:10000', operator: 'indosat' })];
    const { started, done } = t.catalog.sync('iak');
    expect(started).toEqual(['iak']);
    expect(await done).toEqual([{ provider: 'iak', ok: true, offers: 2, message: '2 produk.' }]);
    expect(stages('iak')).toEqual(['fetching', 'saving', 'done']);
    expect(t.events.every((e) => e.event === 'catalog:syncProgress')).toBe(true);
    expect(t.events.at(-1)?.payload).toEqual({ provider: 'iak', stage: 'done', done: 2, total: 2, message: '2 produk.' });
    expect(t.catalog.syncStatus().find((s) => s.provider === 'iak')).toEqual({
      provider: 'iak', running: false, lastSyncAt: t.fixture.ledger.now(), lastError: null, productCount: 2,
    });
    t.lists.iak = [offer('iak', 'htelkomsel10000', 10_300)];
    await t.catalog.sync('iak').done;
    expect(t.catalog.product('pulsa:indosat:10000')).toBeNull();
  });

  it('keeps the last good list when a provider fails, and records the error until the next good sync', async () => {
    t.lists.klikoo = [offer('klikoo', 'S10', 10_450)];
    await t.catalog.sync('klikoo').done;
    const goodAt = t.catalog.syncStatus().find((s) => s.provider === 'klikoo')?.lastSyncAt;
    t.lists.klikoo = 'Daftar produk Klikoo: HTTP 500';
    t.events.length = 0;
    expect(await t.catalog.sync('klikoo').done).toMatchObject([{ ok: false, message: 'Daftar produk Klikoo: HTTP 500' }]);
    expect(stages('klikoo')).toEqual(['fetching', 'failed']);
    expect(t.catalog.product('pulsa:telkomsel:10000')?.offers).toEqual([{ provider: 'klikoo', providerCode: 'S10', cost: 10_450, active: true }]);
    expect(t.catalog.syncStatus().find((s) => s.provider === 'klikoo')).toMatchObject({
      lastSyncAt: goodAt, lastError: 'Daftar produk Klikoo: HTTP 500', productCount: 1,
    });
    t.lists.klikoo = [offer('klikoo', 'S10', 10_400)];
    await t.catalog.sync('klikoo').done;
    expect(t.catalog.syncStatus().find((s) => s.provider === 'klikoo')?.lastError).toBeNull();
  });

  it('turns a fetch that throws (no client, no simulator) into a failed sync, not a crash', async () => {
    const sources = new Map([['mmbc' as const, () => Promise.reject(new Error('Simulator MMBC tidak berjalan.'))]]);
    const { Catalog } = await import('../../../electron/core/catalog');
    const { EventBus } = await import('../../../electron/core/app/event-bus');
    const catalog = new Catalog({ ledger: t.fixture.ledger, events: new EventBus(), sources });
    expect(await catalog.sync().done).toMatchObject([{ provider: 'mmbc', ok: false, message: 'Simulator MMBC tidak berjalan.' }]);
    expect(catalog.syncStatus()).toMatchObject([{ provider: 'mmbc', running: false, lastError: 'Simulator MMBC tidak berjalan.' }]);
  });

  it('syncs every provider at once; a second request while one runs joins it', async () => {
    Object.assign(t.lists, { mmbc: [offer('mmbc', 'TSEL10', 10_750)], iak: [offer('iak', 'h10', 10_300)] });
    const first = t.catalog.sync();
    expect(first.started).toEqual(['mmbc', 'iak', 'ayoconnect', 'klikoo']);
    expect(t.catalog.syncStatus().every((s) => s.running)).toBe(true);
    const again = t.catalog.sync('iak');
    await Promise.all([first.done, again.done]);
    expect(stages('iak')).toEqual(['fetching', 'saving', 'done']);
    expect(t.catalog.syncStatus().every((s) => !s.running)).toBe(true);
    expect(t.catalog.route('pulsa:telkomsel:10000')?.offers.map((o) => o.provider)).toEqual(['iak', 'mmbc']);
  });

  it('at start syncs only providers never synced or stale, and only those with an endpoint', async () => {
    t.lists.iak = [offer('iak', 'h10', 10_300)];
    await t.catalog.sync('iak').done;
    const { started, done } = t.catalog.syncStale((p) => p !== 'klikoo');
    expect(started).toEqual(['mmbc', 'ayoconnect']);
    await done;
    expect(t.catalog.syncStale(() => true, -1).started).toEqual(['mmbc', 'iak', 'ayoconnect', 'klikoo']);
    await t.catalog.idle();
  });

  it('does not write after the database was closed while a list was on its way', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { Catalog } = await import('../../../electron/core/catalog');
    const { EventBus } = await import('../../../electron/core/app/event-bus');
    const sources = new Map([['iak' as const, async () => (await gate, { ok: true as const, value: { offers: [offer('iak', 'h10', 10_300)], skipped: [] } })]]);
    const catalog = new Catalog({ ledger: t.fixture.ledger, events: new EventBus(), sources });
    const { done } = catalog.sync();
    t.fixture.db.close();
    release();
    expect(await done).toMatchObject([{ provider: 'iak', ok: false }]);
  });
});
