import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { coalesced } from './coalesce';
import type { ChannelInput, ErrorBody } from '../api/contract-types';
import type { RecentNumber } from '../format/sale';

/** The kind of number a list shows: phones (pulsa/data), e-wallet accounts, PLN meters. */
export type RecentNumberCategory = NonNullable<ChannelInput<'sales:recentNumbers'>['category']>;

/**
 * Recent and favourite customer numbers for the Top-up screen, of the category on screen (PLN shows
 * meters, e-wallet accounts, pulsa and data phones); favourites first. Meters have no favourites.
 */
export const useNumbersStore = defineStore('numbers', () => {
  const numbers = shallowRef<RecentNumber[]>([]);
  const error = ref<ErrorBody | null>(null);
  const category = ref<RecentNumberCategory>('pulsa');

  const favourites = computed(() => numbers.value.filter((n) => n.favourite));
  const recent = computed(() => numbers.value.filter((n) => !n.favourite));

  // Coalesced: a switch during a load asks once more, and only the answer for the category on screen lands.
  const refresh = coalesced(async () => {
    const asked = category.value;
    const result = await usePos().call('sales:recentNumbers', { limit: 20, category: asked });
    if (asked !== category.value) return;
    if (result.ok) numbers.value = result.value.numbers;
    error.value = result.ok ? null : result.error;
  });

  async function show(next: RecentNumberCategory): Promise<void> {
    if (next === category.value && numbers.value.length > 0) return;
    category.value = next;
    numbers.value = [];
    await refresh();
  }

  async function setFavourite(customerNo: string, favourite: boolean): Promise<void> {
    const result = await usePos().call('sales:setFavourite', { customerNo, favourite });
    if (!result.ok) error.value = result.error;
    await refresh();
  }

  return { numbers, favourites, recent, error, category, refresh, show, setFavourite };
});
