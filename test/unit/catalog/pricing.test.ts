import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rupiah } from '../../../electron/core/money';
import { offer, openCatalogFixture, type CatalogFixture } from './catalog-fixture';

let t: CatalogFixture;
beforeEach(async () => {
  t = await openCatalogFixture();
});
afterEach(() => t.close());

async function load(lists: CatalogFixture['lists']): Promise<void> {
  Object.assign(t.lists, lists);
  await t.catalog.sync().done;
}

const pln = { productId: 'bill:pln_postpaid', productName: 'PLN Pascabayar', category: 'bill', operator: 'pln_postpaid', nominal: null } as const;

describe('selling price', () => {
  it('is the cost of the preferred offer plus the category markup; margin is the difference', async () => {
    await load({ iak: [offer('iak', 'htelkomsel10000', 10_300)], mmbc: [offer('mmbc', 'TSEL10', 10_750)] });
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000')).toEqual({ price: 12_300, cost: 10_300, margin: 2_000 });
    expect(t.catalog.product('pulsa:telkomsel:10000')).toMatchObject({ price: 12_300, cost: 10_300, margin: 2_000, available: true });
  });

  it('follows a markup change at once, per category', async () => {
    await load({ iak: [offer('iak', 'htelkomsel10000', 10_300), offer('iak', 'go50', 52_000, { productId: 'ewallet:gopay:50000', category: 'ewallet', operator: 'gopay', nominal: rupiah(50_000) })] });
    const rules = t.catalog.setMarkup('pulsa', '1.500');
    expect(rules).toContainEqual({ category: 'pulsa', markup: 1_500, rounding: 0 });
    expect(rules).toContainEqual({ category: 'ewallet', markup: 1_500, rounding: 0 });
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000').price).toBe(11_800);
    expect(t.catalog.sellingPrice('ewallet:gopay:50000').price).toBe(53_500);
    t.catalog.setMarkup('pulsa', 0);
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000')).toEqual({ price: 10_300, cost: 10_300, margin: 0 });
  });

  it('refuses a markup that is not whole rupiah, negative, or absurdly large', async () => {
    expect(() => t.catalog.setMarkup('pulsa', '1,5')).toThrow(/tidak valid/);
    expect(() => t.catalog.setMarkup('pulsa', '-500')).toThrow(/lebih dari nol/);
    expect(() => t.catalog.setMarkup('pulsa', 2_500_000)).toThrow(/terlalu besar/);
    expect(t.catalog.markupRules()).toContainEqual({ category: 'pulsa', markup: 2_000, rounding: 0 });
  });

  it("uses the owner's absolute price instead of the markup, and removes it with null", async () => {
    await load({ iak: [offer('iak', 'htelkomsel10000', 10_300)] });
    const view = t.catalog.setProductPrice('pulsa:telkomsel:10000', 'Rp 12.000');
    expect(view).toMatchObject({ price: 12_000, cost: 10_300, margin: 1_700 });
    t.catalog.setMarkup('pulsa', 5_000);
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000').price).toBe(12_000);
    expect(t.catalog.setProductPrice('pulsa:telkomsel:10000', null).price).toBe(15_300);
  });

  it('refuses a price override below cost with an Indonesian message, and an unknown product', async () => {
    await load({ iak: [offer('iak', 'htelkomsel10000', 10_300)] });
    expect(() => t.catalog.setProductPrice('pulsa:telkomsel:10000', 10_000)).toThrow(/Harga jual Rp 10\.000 di bawah harga modal Rp 10\.300/);
    expect(() => t.catalog.setProductPrice('pulsa:telkomsel:99000', 100_000)).toThrow(/tidak ada di katalog/);
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000').price).toBe(12_300);
  });

  it("holds a typed price to the owner's per-transaction limit in the catalogue itself (not only in the handler)", async () => {
    await load({ iak: [offer('iak', 'htelkomsel10000', 10_300)] });
    expect(() => t.catalog.setProductPrice('pulsa:telkomsel:10000', '1.000.000.001')).toThrow(/paling banyak Rp 1\.000\.000\.000 per transaksi/);
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000').price).toBe(12_300);
  });

  it('ignores an override the cost has overtaken since, so the outlet never sells at a loss', async () => {
    await load({ iak: [offer('iak', 'htelkomsel10000', 10_300)] });
    t.catalog.setProductPrice('pulsa:telkomsel:10000', 11_000);
    await load({ iak: [offer('iak', 'htelkomsel10000', 11_200)] });
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000')).toEqual({ price: 13_200, cost: 11_200, margin: 2_000 });
    await load({ iak: [offer('iak', 'htelkomsel10000', 10_500)] });
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000').price).toBe(11_000);
  });

  it('prices a bill at the markup alone: cost 0, the outlet fee on top of the inquiry total', async () => {
    await load({ iak: [offer('iak', 'PLNPOSTPAID', 0, { ...pln, fee: rupiah(1_900) })], klikoo: [offer('klikoo', 'POSTPAIDPLN', 0, { ...pln, fee: rupiah(2_200) })] });
    expect(t.catalog.sellingPrice('bill:pln_postpaid')).toEqual({ price: 2_500, cost: 0, margin: 2_500 });
    t.catalog.setMarkup('bill', 3_000);
    expect(t.catalog.sellingPrice('bill:pln_postpaid').price).toBe(3_000);
    expect(t.catalog.setProductPrice('bill:pln_postpaid', 4_000).price).toBe(4_000);
  });

  it('keeps an override across a sync that drops and brings back the product', async () => {
    await load({ iak: [offer('iak', 'htelkomsel10000', 10_300)] });
    t.catalog.setProductPrice('pulsa:telkomsel:10000', 12_500);
    await load({ iak: [] });
    expect(t.catalog.product('pulsa:telkomsel:10000')).toBeNull();
    await load({ iak: [offer('iak', 'htelkomsel10000', 10_300)] });
    expect(t.catalog.sellingPrice('pulsa:telkomsel:10000').price).toBe(12_500);
  });
});

describe('customer numbers', () => {
  it('normalises phones for top-ups, digits for meters and bills', () => {
    expect(t.catalog.normaliseCustomer('pulsa', '+62 812-3456-7890')).toBe('081234567890');
    expect(t.catalog.normaliseCustomer('ewallet', '0812 3456 7890')).toBe('081234567890');
    expect(t.catalog.normaliseCustomer('pln_token', '1234 5678 901')).toBe('12345678901');
    expect(t.catalog.normaliseCustomer('bill', '5300-0000-0999')).toBe('530000000999');
    expect(() => t.catalog.normaliseCustomer('pln_token', '1234567890')).toThrow(/11 atau 12 angka/);
    expect(() => t.catalog.normaliseCustomer('bill', '53A')).toThrow(/hanya boleh berisi angka/);
    expect(() => t.catalog.normaliseCustomer('bill', '12345')).toThrow(/6 sampai 20 angka/);
    expect(() => t.catalog.normaliseCustomer('data', '0812')).toThrow(/terlalu pendek/);
  });

  it('detects the operator while the number is typed and refuses what is not a number', () => {
    expect(t.catalog.detectOperator('')).toEqual({ normalized: null, operator: null, operatorName: null });
    expect(t.catalog.detectOperator('0851')).toEqual({ normalized: null, operator: 'telkomsel', operatorName: 'Telkomsel' });
    expect(t.catalog.detectOperator('+62 896 1234 5678')).toEqual({ normalized: '089612345678', operator: 'tri', operatorName: 'Tri' });
    expect(t.catalog.detectOperator('0810 1234 5678')).toEqual({ normalized: '081012345678', operator: null, operatorName: null });
    expect(() => t.catalog.detectOperator('0812abc')).toThrow(/hanya boleh berisi angka/);
    expect(() => t.catalog.detectOperator('08123456789012')).toThrow(/terlalu panjang/);
  });
});
