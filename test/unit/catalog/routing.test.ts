import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { routeOffers } from '../../../electron/core/catalog/routing';
import type { StoredOffer } from '../../../electron/core/catalog';
import { rupiah } from '../../../electron/core/money';
import { offer, openCatalogFixture, type CatalogFixture } from './catalog-fixture';

let t: CatalogFixture;
beforeEach(async () => {
  t = await openCatalogFixture();
  Object.assign(t.lists, {
    mmbc: [offer('mmbc', 'TSEL10', 10_750), offer('mmbc', 'TEL10', 10_630)],
    iak: [offer('iak', 'htelkomsel10000', 10_300)],
    ayoconnect: [offer('ayoconnect', 'PPLSTK10', 10_550)],
    klikoo: [offer('klikoo', 'S10', 10_450, { active: false })],
  });
  await t.catalog.sync().done;
});
afterEach(() => t.close());

const order = () => t.catalog.route('pulsa:telkomsel:10000')?.offers.map((o) => `${o.provider}:${o.providerCode}`);

describe('routing', () => {
  it('tries active offers cheapest first; inactive offers are never routed', () => {
    expect(order()).toEqual(['iak:htelkomsel10000', 'ayoconnect:PPLSTK10', 'mmbc:TEL10', 'mmbc:TSEL10']);
    const route = t.catalog.route('pulsa:telkomsel:10000')!;
    expect(route).toMatchObject({ productId: 'pulsa:telkomsel:10000', category: 'pulsa', price: 12_300, cost: 10_300, margin: 2_000 });
    expect(route.offers[0]).toEqual({ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_300, fee: null, healthy: true });
  });

  it('puts providers without a healthy recent record last, and prices from the first healthy one', () => {
    t.healthy.delete('iak');
    expect(order()).toEqual(['ayoconnect:PPLSTK10', 'mmbc:TEL10', 'mmbc:TSEL10', 'iak:htelkomsel10000']);
    expect(t.catalog.route('pulsa:telkomsel:10000')?.offers.at(-1)?.healthy).toBe(false);
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000')).toEqual({ price: 12_550, cost: 10_550, margin: 2_000 });
  });

  it('still routes when every provider is unhealthy (cheapest first), and follows a new health source', () => {
    t.healthy.clear();
    expect(order()?.[0]).toBe('iak:htelkomsel10000');
    t.catalog.setHealth({ isHealthy: (p) => p === 'mmbc' });
    expect(order()).toEqual(['mmbc:TEL10', 'mmbc:TSEL10', 'iak:htelkomsel10000', 'ayoconnect:PPLSTK10']);
  });

  it('treats a health source that throws as unhealthy instead of failing the sale', () => {
    t.catalog.setHealth({ isHealthy: (p) => { if (p === 'iak') throw new Error('boom'); return true; } });
    expect(order()?.at(-1)).toBe('iak:htelkomsel10000');
  });

  it('answers undefined for an unknown product and no offers when nobody sells it now', async () => {
    expect(t.catalog.route('pulsa:telkomsel:12345')).toBeUndefined();
    t.lists.klikoo = [offer('klikoo', 'SM150', 147_500, { productId: 'pulsa:smartfren:150000', operator: 'smartfren', nominal: rupiah(150_000), active: false })];
    await t.catalog.sync('klikoo').done;
    expect(t.catalog.route('pulsa:smartfren:150000')).toMatchObject({ offers: [], cost: 147_500 });
    expect(t.catalog.product('pulsa:smartfren:150000')).toMatchObject({ available: false, offers: [{ provider: 'klikoo', active: false }] });
  });

  it('lists the offers of a product in routing order, inactive ones after', () => {
    const view = t.catalog.product('pulsa:telkomsel:10000')!;
    expect(view.offers.map((o) => `${o.provider}:${o.active}`)).toEqual(['iak:true', 'ayoconnect:true', 'mmbc:true', 'mmbc:true', 'klikoo:false']);
  });
});

describe('routeOffers (bills)', () => {
  const bill = (provider: StoredOffer['provider'], fee: number | null): StoredOffer => ({
    ...offer(provider, `${provider}-pln`, 0, { category: 'bill', productId: 'bill:pln_postpaid', nominal: null, fee: fee === null ? null : rupiah(fee) }),
    syncedAt: 0,
  });

  it('orders bill offers (cost 0) by the lowest net fee, unknown fees after, then the fixed provider order', () => {
    const route = routeOffers([bill('ayoconnect', 2_500), bill('klikoo', null), bill('iak', 1_900), bill('mmbc', null)], { isHealthy: () => true });
    expect(route.map((o) => o.provider)).toEqual(['iak', 'ayoconnect', 'mmbc', 'klikoo']);
  });
});
