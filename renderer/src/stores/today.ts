import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { coalesced } from './coalesce';
import type { ChannelOutput, ErrorBody } from '../api/contract-types';

export type Today = ChannelOutput<'reports:today'>;
export type LastSale = Today['lastSales'][number];

/**
 * The cashier's Home figures from `reports:today` (one small call: count, total, drawer, pending,
 * last sales). Anything that can change them — a sale moving, money recorded, a shift or day
 * closing — reads them again; bursts coalesce into one more call.
 */
export const useTodayStore = defineStore('today', () => {
  const today = shallowRef<Today | null>(null);
  const loadError = ref<ErrorBody | null>(null);

  const refresh = coalesced(async () => {
    const result = await usePos().call('reports:today', {});
    if (result.ok) today.value = result.value;
    // The last good figures stay on screen with the reason they may be stale.
    loadError.value = result.ok ? null : result.error;
  });

  let stopListening: (() => void) | null = null;

  function start(): Promise<void> {
    if (!stopListening) {
      const pos = usePos();
      const stops = (['sales:updated', 'ledger:changed', 'shifts:changed'] as const).map((event) =>
        pos.on(event, () => void refresh()),
      );
      stopListening = () => stops.forEach((off) => off());
    }
    return refresh();
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  return { today, loadError, refresh, start, stop };
});
