import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick, ref } from 'vue';
import { setPosClient } from '../../../renderer/src/api/pos';
import { useCatalogStore } from '../../../renderer/src/stores/catalog';
import { useOperatorDetection } from '../../../renderer/src/composables/use-operator-detection';
import { useProductList } from '../../../renderer/src/composables/use-product-list';
import { billCustomerPays } from '../../../renderer/src/format/sale';
import type { ProductQuery } from '../../../renderer/src/stores/catalog';
import { createFakePos, ok, type FakePos } from './fake-pos';
import { billView } from './sale-fixtures';

const PREFIXES: Record<string, string> = { '0812': 'telkomsel', '0857': 'indosat' };

function fakeCore() {
  return createFakePos({
    'catalog:syncStatus': () =>
      ok({ providers: [{ provider: 'iak', running: false, lastSyncAt: 1, lastError: null, productCount: 190 }] }),
    'catalog:sync': () => ok({ started: ['iak', 'klikoo'] }),
    'catalog:detectOperator': async ({ phone }) => {
      // The older question answers last: only the newer answer may land.
      if (phone.startsWith('0812')) await new Promise((r) => setTimeout(r, 50));
      const operator = PREFIXES[phone.slice(0, 4)] ?? null;
      return ok({ normalized: phone, operator, operatorName: operator });
    },
    'catalog:products': (query) => ok({ products: [{ id: `q:${JSON.stringify(query)}` } as never] }),
  });
}

let core: FakePos;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.client);
});
afterEach(() => vi.useRealTimers());

describe('catalog store', () => {
  it('follows catalog:syncProgress: running providers, a version bump when a list is saved, failures kept', async () => {
    const store = useCatalogStore();
    await store.start();
    await store.sync();
    expect(store.running).toEqual(['iak', 'klikoo']);
    core.emit('catalog:syncProgress', { provider: 'iak', stage: 'saving', done: 120, total: 190, message: null });
    expect(store.progress.iak?.done).toBe(120);
    core.emit('catalog:syncProgress', { provider: 'iak', stage: 'done', done: 190, total: 190, message: null });
    core.emit('catalog:syncProgress', { provider: 'klikoo', stage: 'failed', done: 0, total: 0, message: 'HTTP 503' });
    expect(store.running).toEqual([]);
    expect(store.version).toBe(1);
    expect(store.failed.map((f) => f.message)).toEqual(['HTTP 503']);
  });

  it('loads products for the query and again after a sync saved new prices', async () => {
    const store = useCatalogStore();
    const query = ref<ProductQuery | null>({ category: 'pulsa', operator: 'telkomsel' });
    const list = useProductList(query);
    await vi.waitFor(() => expect(list.products.value).toHaveLength(1));
    query.value = { category: 'data' };
    await vi.waitFor(() => expect(list.products.value[0]?.id).toBe('q:{"category":"data"}'));
    const before = core.calls.length;
    store.version += 1;
    await vi.waitFor(() => expect(core.calls.length).toBe(before + 1));
  });
});

describe('operator detection', () => {
  it('asks after a pause in typing and keeps only the answer for the latest number', async () => {
    const phone = ref('');
    const { detected } = useOperatorDetection(phone, 10);
    phone.value = '0812345';
    await nextTick();
    await new Promise((r) => setTimeout(r, 20));
    phone.value = '0857123';
    await nextTick();
    await new Promise((r) => setTimeout(r, 100));
    expect(detected.value?.operator).toBe('indosat');
    phone.value = '08';
    await nextTick();
    expect(detected.value).toBeNull();
  });

  it('says which number its answer is for: none while the pause or the question is pending', async () => {
    const phone = ref('');
    const { answeredFor } = useOperatorDetection(phone, 10);
    expect(answeredFor.value).toBe('');
    phone.value = '0857123';
    await nextTick();
    expect(answeredFor.value).toBe('');
    await vi.waitFor(() => expect(answeredFor.value).toBe('0857123'));
    phone.value = '0812345';
    await nextTick();
    await new Promise((r) => setTimeout(r, 30)); // asked, the answer (50 ms) not back yet
    expect(answeredFor.value).toBe('0857123');
    await vi.waitFor(() => expect(answeredFor.value).toBe('0812345'));
    phone.value = '08';
    await nextTick();
    expect(answeredFor.value).toBe('08');
  });
});

describe('bill amounts', () => {
  it('adds the outlet fee to the provider total for what the customer pays', () => {
    expect(billCustomerPays(billView({ total: 55_000 }), 2_500)).toBe(57_500);
    expect(billCustomerPays(billView({ total: 55_000 }), 0)).toBe(55_000);
  });
});
