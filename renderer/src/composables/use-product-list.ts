import { ref, shallowRef, watch, type Ref } from 'vue';
import type { ErrorBody } from '../api/contract-types';
import type { Product } from '../format/sale';
import { useCatalogStore, type ProductQuery } from '../stores/catalog';

/**
 * The products for a query (category, operator, search text), loaded again when the query changes
 * or a price-list sync saved new prices. Only the answer to the latest query lands.
 */
export function useProductList(query: Ref<ProductQuery | null>) {
  const catalog = useCatalogStore();
  const products = shallowRef<Product[]>([]);
  const loading = ref(false);
  const error = ref<ErrorBody | null>(null);
  let asked = 0;

  async function load(): Promise<void> {
    const mine = ++asked;
    const q = query.value;
    if (!q) {
      products.value = [];
      loading.value = false;
      return;
    }
    loading.value = true;
    const result = await catalog.products(q);
    if (mine !== asked) return;
    loading.value = false;
    if (result.ok) products.value = result.value.products;
    error.value = result.ok ? null : result.error;
  }

  watch(() => JSON.stringify(query.value), () => void load(), { immediate: true });
  watch(() => catalog.version, () => void load());

  return { products, loading, error, load };
}
