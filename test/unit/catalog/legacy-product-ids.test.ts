import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offer, openCatalogFixture, type CatalogFixture } from './catalog-fixture';

/**
 * Issue 12 item 7: data packages and local billers moved from per-provider ids to one id per real
 * product. Ids stored before (sale rows, favourites, the owner's price overrides) keep working.
 */
let t: CatalogFixture;
beforeEach(async () => {
  t = await openCatalogFixture();
});
afterEach(() => t.close());

async function load(lists: CatalogFixture['lists']): Promise<void> {
  Object.assign(t.lists, lists);
  await t.catalog.sync().done;
}

const SHARED = 'data:indosat:indosat-freedom-internet-7gb-30-hari';
const data = (id: string) => ({ category: 'data', operator: 'indosat', nominal: null, productId: id, productName: 'Indosat Freedom Internet 7GB 30 Hari' }) as const;
const PDAM = 'bill:pdam:pdamsuryasembadakotasurabaya';
const pdam = (id: string) => ({ category: 'bill', operator: 'pdam', nominal: null, productId: id, productName: 'PDAM Surya Sembada Kota Surabaya' }) as const;

describe('product ids from before the cross-provider identity', () => {
  it("moves the owner's price on an old per-provider id to the shared product at the next sync", async () => {
    // The catalogue as an older Loket stored it: one product per provider line.
    await load({ mmbc: [offer('mmbc', 'IFI7', 45_750, data('data:mmbc:IFI7'))], iak: [offer('iak', 'isatdataf7', 37_750, data('data:iak:isatdataf7'))] });
    t.catalog.setProductPrice('data:mmbc:IFI7', 49_000);
    await load({ mmbc: [offer('mmbc', 'IFI7', 45_750, data(SHARED))], iak: [offer('iak', 'isatdataf7', 37_750, data(SHARED))] });
    const product = t.catalog.product(SHARED)!;
    expect(product.offers.map((o) => o.provider)).toEqual(['iak', 'mmbc']);
    expect(product).toMatchObject({ price: 49_000, cost: 37_750, margin: 11_250 });
  });

  it('routes an old id (kept in a sale row or a favourite) to the product its line belongs to now', async () => {
    await load({ mmbc: [offer('mmbc', 'IFI7', 45_750, data(SHARED))], iak: [offer('iak', 'isatdataf7', 37_750, data(SHARED))] });
    const route = t.catalog.route('data:mmbc:IFI7')!;
    expect(route.productId).toBe(SHARED);
    // The repeat guard matches a sale written under any of them.
    expect([...route.sameProductIds].sort()).toEqual([SHARED, 'data:iak:isatdataf7', 'data:mmbc:IFI7'].sort());
    expect(route.offers.map((o) => [o.provider, o.cost])).toEqual([
      ['iak', 37_750],
      ['mmbc', 45_750],
    ]);
    expect(t.catalog.sellingPrice('data:iak:isatdataf7').price).toBe(39_750);
    // An owner's price set through an old id lands on the shared product.
    t.catalog.setProductPrice('data:iak:isatdataf7', 41_000);
    expect(t.catalog.product(SHARED)!.price).toBe(41_000);
  });

  it('does the same for local billers, keeping the newer of two owner prices', async () => {
    await load({
      iak: [offer('iak', 'PDAMKOTA.SURABAYA', 0, { ...pdam('bill:pdam:iak:PDAMKOTA.SURABAYA'), fee: null })],
      klikoo: [offer('klikoo', 'PDAMSBY', 0, { ...pdam('bill:pdam:klikoo:PDAMSBY'), fee: null })],
    });
    t.catalog.setProductPrice('bill:pdam:iak:PDAMKOTA.SURABAYA', 3_000);
    t.catalog.setProductPrice('bill:pdam:klikoo:PDAMSBY', 3_500);
    // The fixture's clock stands still: the Klikoo price is made the later one by hand.
    t.fixture.ledger.db.prepare("UPDATE catalog_price_override SET updated_at = updated_at + 60000 WHERE product_id = 'bill:pdam:klikoo:PDAMSBY'").run();
    await load({ iak: [offer('iak', 'PDAMKOTA.SURABAYA', 0, pdam(PDAM))], klikoo: [offer('klikoo', 'PDAMSBY', 0, pdam(PDAM))] });
    expect(t.catalog.product(PDAM)).toMatchObject({ price: 3_500 });
    expect(t.catalog.route('bill:pdam:iak:PDAMKOTA.SURABAYA')!.productId).toBe(PDAM);
  });
});
