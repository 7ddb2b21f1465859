import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { coalesced } from './coalesce';
import type { ChannelInput, ChannelOutput, ErrorBody, EventPayload, ProviderId, Result } from '../api/contract-types';
import type { Product } from '../format/sale';

export type SyncProgress = EventPayload<'catalog:syncProgress'>;
export type SyncStatus = ChannelOutput<'catalog:syncStatus'>['providers'][number];
export type ProductQuery = ChannelInput<'catalog:products'>;

/**
 * The price list as the core holds it, and its sync: `catalog:syncProgress` events drive the
 * indicator, `version` moves when a provider's list was saved so product grids load again.
 */
export const useCatalogStore = defineStore('catalog', () => {
  const progress = reactive<Partial<Record<ProviderId, SyncProgress>>>({});
  const status = shallowRef<SyncStatus[]>([]);
  const version = ref(0);
  const syncError = ref<ErrorBody | null>(null);
  const starting = ref(false);

  /** Providers whose sync is under way, from the events (and the last status read). */
  const running = computed(() => {
    const fromEvents = Object.values(progress).filter((p) => p && (p.stage === 'fetching' || p.stage === 'saving'));
    const ids = new Set<ProviderId>(fromEvents.map((p) => p!.provider));
    for (const s of status.value) if (s.running && !progress[s.provider]) ids.add(s.provider);
    return [...ids];
  });
  const failed = computed(() => Object.values(progress).filter((p): p is SyncProgress => p?.stage === 'failed'));

  const refreshStatus = coalesced(async () => {
    const result = await usePos().call('catalog:syncStatus', {});
    if (result.ok) status.value = result.value.providers;
  });

  async function sync(provider?: ProviderId): Promise<void> {
    if (starting.value) return;
    starting.value = true;
    syncError.value = null;
    const result = await usePos().call('catalog:sync', provider ? { provider } : {});
    starting.value = false;
    if (!result.ok) syncError.value = result.error;
    else for (const id of result.value.started) progress[id] = { provider: id, stage: 'fetching', done: 0, total: 0, message: null };
  }

  function onProgress(event: SyncProgress): void {
    progress[event.provider] = event;
    if (event.stage === 'done' || event.stage === 'failed') {
      // A saved list changes prices: grids load again. A failed one keeps the last good list.
      if (event.stage === 'done') version.value += 1;
      void refreshStatus();
    }
  }

  function products(query: ProductQuery): Promise<Result<{ products: Product[] }>> {
    return usePos().call('catalog:products', query);
  }

  function detectOperator(phone: string) {
    return usePos().call('catalog:detectOperator', { phone });
  }

  let stopListening: (() => void) | null = null;

  function start(): Promise<void> {
    stopListening ??= usePos().on('catalog:syncProgress', onProgress);
    return refreshStatus();
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  return { progress, status, version, syncError, starting, running, failed, refreshStatus, sync, products, detectOperator, start, stop };
});
