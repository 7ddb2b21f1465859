import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rupiah } from '../../../electron/core/money';
import { offer, openCatalogFixture, type CatalogFixture } from './catalog-fixture';

/** Issue 12 item 9: the owner's rounding rule per category, applied after the markup, always up. */
let t: CatalogFixture;
beforeEach(async () => {
  t = await openCatalogFixture();
});
afterEach(() => t.close());

async function load(lists: CatalogFixture['lists']): Promise<void> {
  Object.assign(t.lists, lists);
  await t.catalog.sync().done;
}

const PULSA = 'pulsa:telkomsel:5000';
const pulsa5 = { productId: PULSA, productName: 'Pulsa Telkomsel 5.000', nominal: rupiah(5_000) };

describe('rounding a category’s prices up', () => {
  it('rounds cost + markup UP to the step of the category, never down, and leaves other categories alone', async () => {
    await load({ iak: [offer('iak', 'htelkomsel5000', 5_375, pulsa5), offer('iak', 'htelkomsel10000', 10_300)] });
    expect(t.catalog.sellingPrice(PULSA).price).toBe(7_375);
    const expected: [number, number][] = [
      [25, 7_375],
      [50, 7_400],
      [100, 7_400],
      [500, 7_500],
      [1000, 8_000],
      [0, 7_375],
    ];
    for (const [step, price] of expected) {
      t.catalog.setRounding('pulsa', step);
      expect(t.catalog.sellingPrice(PULSA)).toEqual({ price, cost: 5_375, margin: price - 5_375 });
      expect(t.catalog.route(PULSA)!.price).toBe(price);
    }
    t.catalog.setRounding('data', 1000);
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000').price).toBe(12_300);
  });

  it('shows the step in the rules and refuses any other step in Indonesian, changing nothing', async () => {
    t.catalog.setRounding('pulsa', 500);
    expect(t.catalog.markupRules().find((r) => r.category === 'pulsa')).toEqual({ category: 'pulsa', markup: 2_000, rounding: 500 });
    expect(() => t.catalog.setRounding('pulsa', 300)).toThrow(/Pembulatan Rp 300 tidak tersedia/);
    expect(t.catalog.markupRules().find((r) => r.category === 'pulsa')?.rounding).toBe(500);
  });

  it("never rounds the owner's own price for a product", async () => {
    await load({ iak: [offer('iak', 'htelkomsel5000', 5_375, pulsa5)] });
    t.catalog.setRounding('pulsa', 1000);
    t.catalog.setProductPrice(PULSA, 7_125);
    expect(t.catalog.sellingPrice(PULSA).price).toBe(7_125);
  });
});
