import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { coalesced } from './coalesce';
import type { ErrorBody } from '../api/contract-types';
import type { RecentNumber } from '../format/sale';

/** Recent and favourite customer numbers for the Top-up screen; favourites first. */
export const useNumbersStore = defineStore('numbers', () => {
  const numbers = shallowRef<RecentNumber[]>([]);
  const error = ref<ErrorBody | null>(null);

  const favourites = computed(() => numbers.value.filter((n) => n.favourite));
  const recent = computed(() => numbers.value.filter((n) => !n.favourite));

  const refresh = coalesced(async () => {
    const result = await usePos().call('sales:recentNumbers', { limit: 20 });
    if (result.ok) numbers.value = result.value.numbers;
    error.value = result.ok ? null : result.error;
  });

  async function setFavourite(customerNo: string, favourite: boolean): Promise<void> {
    const result = await usePos().call('sales:setFavourite', { customerNo, favourite });
    if (!result.ok) error.value = result.error;
    await refresh();
  }

  return { numbers, favourites, recent, error, refresh, setFavourite };
});
