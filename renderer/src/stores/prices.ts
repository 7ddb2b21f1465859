import { defineStore } from 'pinia';
import { reactive, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { useCatalogStore } from './catalog';
import type { ChannelOutput, ErrorBody } from '../api/contract-types';
import type { Product, ProductCategory } from '../format/sale';

export type MarkupRule = ChannelOutput<'catalog:markupRules'>['rules'][number];

/** The core accepts a plain "0" as a markup (no markup) although an amount preview refuses zero. */
const ZERO = /^\s*0\s*$/;

/**
 * Selling prices, for the owner: the markup and rounding per category and a per-product override. Every
 * figure is the core's; the renderer sends the text as typed. After every answer the product
 * lists load again (`catalog.version`), so a refusal shows from the core that nothing changed.
 */
export const usePricesStore = defineStore('prices', () => {
  const rules = shallowRef<MarkupRule[]>([]);
  const loadError = ref<ErrorBody | null>(null);
  const markupErrors = reactive<Partial<Record<ProductCategory, ErrorBody>>>({});
  const priceErrors = reactive<Record<string, ErrorBody>>({});
  const roundingErrors = reactive<Partial<Record<ProductCategory, ErrorBody>>>({});
  /** What is being sent: `markup:<category>`, `rounding:<category>` or `price:<productId>`; one change at a time. */
  const busy = ref<string | null>(null);

  async function loadRules(): Promise<void> {
    const result = await usePos().call('catalog:markupRules', {});
    loadError.value = result.ok ? null : result.error;
    if (result.ok) rules.value = result.value.rules;
  }

  /** The core's reading of a typed markup, for the confirmation; null (error kept) when refused. */
  async function checkMarkup(category: ProductCategory, text: string): Promise<number | null> {
    delete markupErrors[category];
    if (ZERO.test(text)) return 0;
    const result = await usePos().call('money:previewAmount', { text });
    if (result.ok) return result.value.amount;
    markupErrors[category] = result.error;
    return null;
  }

  async function setMarkup(category: ProductCategory, text: string): Promise<boolean> {
    if (busy.value) return false;
    busy.value = `markup:${category}`;
    delete markupErrors[category];
    try {
      const result = await usePos().call('catalog:setMarkup', { category, markup: text });
      if (result.ok) rules.value = result.value.rules;
      else markupErrors[category] = result.error;
      return result.ok;
    } finally {
      busy.value = null;
      useCatalogStore().version += 1;
    }
  }

  /**
   * The category's rounding step (0 = none). The core rounds cost + markup UP to it and refuses any
   * other step; the product lists load again so the listed prices show the effect at once.
   */
  async function setRounding(category: ProductCategory, rounding: number): Promise<boolean> {
    if (busy.value) return false;
    busy.value = `rounding:${category}`;
    delete roundingErrors[category];
    try {
      const result = await usePos().call('catalog:setRounding', { category, rounding });
      if (result.ok) rules.value = result.value.rules;
      else roundingErrors[category] = result.error;
      return result.ok;
    } finally {
      busy.value = null;
      useCatalogStore().version += 1;
    }
  }

  /** Sets the product's own price (text as typed) or removes it (null); the core's product when it took it. */
  async function setPrice(productId: string, text: string | null): Promise<Product | null> {
    if (busy.value) return null;
    busy.value = `price:${productId}`;
    delete priceErrors[productId];
    try {
      const result = await usePos().call('catalog:setProductPrice', { productId, price: text });
      if (!result.ok) priceErrors[productId] = result.error;
      return result.ok ? result.value : null;
    } finally {
      busy.value = null;
      useCatalogStore().version += 1;
    }
  }

  return { rules, loadError, markupErrors, priceErrors, roundingErrors, busy, loadRules, checkMarkup, setMarkup, setRounding, setPrice };
});
