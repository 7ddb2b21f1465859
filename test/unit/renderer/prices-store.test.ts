import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import { usePricesStore, type MarkupRule } from '../../../renderer/src/stores/prices';
import { useCatalogStore } from '../../../renderer/src/stores/catalog';
import type { Product } from '../../../renderer/src/format/sale';
import { createFakePos, ok, type FakePos } from './fake-pos';

const PULSA = 'pulsa:telkomsel:10000';

/** Reads an amount the way the core does for these tests: digits with optional thousands dots. */
function read(text: string | number): number | null {
  const t = String(text).trim();
  return /^\d{1,3}(\.\d{3})*$|^\d+$/.test(t) && Number(t.replace(/\./g, '')) > 0 ? Number(t.replace(/\./g, '')) : null;
}

/** A core holding markups and one product; it refuses unreadable text and prices below cost like the real one. */
function fakeCore() {
  const rules: MarkupRule[] = [
    { category: 'pulsa', markup: 2000, rounding: 0 },
    { category: 'bill', markup: 2500, rounding: 0 },
  ];
  let override: number | null = null;
  const cost = 10_300;
  const view = (): Product => {
    const price = override ?? cost + rules[0]!.markup;
    return { id: PULSA, category: 'pulsa', operator: 'telkomsel', name: 'Pulsa Telkomsel 10.000', nominal: 10_000, price, cost, margin: price - cost, available: true, offers: [] };
  };
  const core = createFakePos({
    'catalog:markupRules': () => ok({ rules: [...rules] }),
    'money:previewAmount': ({ text }) => {
      const amount = read(text);
      return amount === null ? failure('invalid_input', `Nominal "${text}" tidak valid.`) : ok({ amount });
    },
    'catalog:setMarkup': async ({ category, markup }) => {
      await new Promise((r) => setTimeout(r, 10));
      const amount = /^\s*0\s*$/.test(String(markup)) ? 0 : read(markup);
      if (amount === null) return failure('invalid_input', `Nominal "${markup}" tidak valid.`);
      rules.find((r) => r.category === category)!.markup = amount;
      return ok({ rules: [...rules] });
    },
    'catalog:setRounding': ({ category, rounding }) => {
      if (![0, 25, 50, 100, 500, 1000].includes(rounding)) return failure('invalid_input', `Pembulatan Rp ${rounding} tidak tersedia.`);
      rules.find((r) => r.category === category)!.rounding = rounding;
      return ok({ rules: rules.map((r) => ({ ...r })) });
    },
    'catalog:setProductPrice': ({ price }) => {
      if (price === null) override = null;
      else {
        const amount = read(price);
        if (amount === null) return failure('invalid_input', `Nominal "${price}" tidak valid.`);
        if (amount < cost) return failure('invalid_input', `Harga jual Rp ${amount} di bawah harga modal Rp ${cost} untuk Pulsa Telkomsel 10.000.`);
        override = amount;
      }
      return ok(view());
    },
  });
  return { core, view };
}

let core: FakePos;
let view: () => Product;

beforeEach(() => {
  setActivePinia(createPinia());
  ({ core, view } = fakeCore());
  setPosClient(core.client);
});

describe('prices store', () => {
  it('loads the markups and reads a typed markup through the core before any change', async () => {
    const store = usePricesStore();
    await store.loadRules();
    expect(store.rules).toEqual([{ category: 'pulsa', markup: 2000, rounding: 0 }, { category: 'bill', markup: 2500, rounding: 0 }]);
    expect(await store.checkMarkup('pulsa', '3.000')).toBe(3000);
    expect(await store.checkMarkup('pulsa', 'abc')).toBeNull();
    expect(store.markupErrors.pulsa?.message).toBe('Nominal "abc" tidak valid.');
    // A plain zero is a valid markup for the core although a preview refuses zero.
    expect(await store.checkMarkup('pulsa', '0')).toBe(0);
    expect(store.markupErrors.pulsa).toBeUndefined();
    expect(core.calls.filter((c) => c.channel === 'catalog:setMarkup')).toHaveLength(0);
  });

  it('sends the markup as typed, once per double submit, and makes the product lists load again', async () => {
    const store = usePricesStore();
    const catalog = useCatalogStore();
    await store.loadRules();
    const [first, second] = await Promise.all([store.setMarkup('pulsa', '3.000'), store.setMarkup('pulsa', '3.000')]);
    expect([first, second]).toEqual([true, false]);
    expect(core.calls.filter((c) => c.channel === 'catalog:setMarkup').map((c) => c.input)).toEqual([{ category: 'pulsa', markup: '3.000' }]);
    expect(store.rules[0]).toEqual({ category: 'pulsa', markup: 3000, rounding: 0 });
    expect(catalog.version).toBe(1);
    expect(view().price).toBe(13_300);
  });

  it('sends a rounding step, keeps the core\'s refusal next to its category, and makes the product lists load again', async () => {
    const store = usePricesStore();
    const catalog = useCatalogStore();
    await store.loadRules();
    expect(await store.setRounding('pulsa', 500)).toBe(true);
    expect(store.rules[0]).toEqual({ category: 'pulsa', markup: 2000, rounding: 500 });
    expect(catalog.version).toBe(1);
    expect(await store.setRounding('pulsa', 300)).toBe(false);
    expect(store.roundingErrors.pulsa?.code).toBe('invalid_input');
    expect(store.rules[0]?.rounding).toBe(500);
  });

  it('keeps the core\'s refusal of a markup next to its category, rules unchanged', async () => {
    const store = usePricesStore();
    await store.loadRules();
    expect(await store.setMarkup('bill', 'abc')).toBe(false);
    expect(store.markupErrors.bill?.code).toBe('invalid_input');
    expect(store.rules[1]).toEqual({ category: 'bill', markup: 2500, rounding: 0 });
  });

  it('sets and removes a product\'s own price; a price below cost is refused with the core\'s message', async () => {
    const store = usePricesStore();
    expect((await store.setPrice(PULSA, '15.000'))?.price).toBe(15_000);
    expect(await store.setPrice(PULSA, '9.000')).toBeNull();
    expect(store.priceErrors[PULSA]?.message).toBe('Harga jual Rp 9000 di bawah harga modal Rp 10300 untuk Pulsa Telkomsel 10.000.');
    expect(view().price).toBe(15_000);
    const removed = await store.setPrice(PULSA, null);
    expect(removed?.price).toBe(12_300);
    expect(store.priceErrors[PULSA]).toBeUndefined();
    expect(core.calls.filter((c) => c.channel === 'catalog:setProductPrice').map((c) => c.input)).toEqual([
      { productId: PULSA, price: '15.000' },
      { productId: PULSA, price: '9.000' },
      { productId: PULSA, price: null },
    ]);
  });

  it('keeps a failed load of the markups for the retry line', async () => {
    setPosClient(createFakePos({}).client);
    const store = usePricesStore();
    await store.loadRules();
    expect(store.loadError?.code).toBe('unknown_channel');
  });
});
