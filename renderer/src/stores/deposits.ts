import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { coalesced } from './coalesce';
import type { ErrorBody } from '../api/contract-types';
import type { ProviderBalance } from '../format/sale';

/**
 * Each provider's deposit in the ledger next to what the provider itself reports. Asking the
 * providers is a network round trip each, so it runs when the panel opens or on request.
 */
export const useDepositsStore = defineStore('deposits', () => {
  const balances = shallowRef<ProviderBalance[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<ErrorBody | null>(null);

  const refresh = coalesced(async () => {
    loading.value = true;
    const result = await usePos().call('providers:balances', {});
    loading.value = false;
    if (result.ok) {
      balances.value = result.value.balances;
      loaded.value = true;
    }
    error.value = result.ok ? null : result.error;
  });

  return { balances, loading, loaded, error, refresh };
});
