import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { newRequestId } from '../api/request-id';
import { createRequestAttempts } from '../composables/request-attempt';
import { coalesced } from './coalesce';
import type { ChannelOutput, ErrorBody, Result } from '../api/contract-types';

export type DayRecap = ChannelOutput<'day:status'>;

/**
 * The day close (owner): the business day's recap from `day:status`, and `day:close`. Whether a day
 * may close (no shift open) is the core's rule; its refusal is kept for the screen as sent.
 */
export const useDayStore = defineStore('day', () => {
  const recap = shallowRef<DayRecap | null>(null);
  const loadError = ref<ErrorBody | null>(null);
  const closing = ref(false);
  const closeError = ref<ErrorBody | null>(null);
  /** The recap `day:close` answered: shown once the day is closed (auto-export path or error). */
  const closedRecap = shallowRef<DayRecap | null>(null);
  const makeId = { fn: newRequestId };
  const attempts = createRequestAttempts(() => makeId.fn());

  const refresh = coalesced(async () => {
    const result = await usePos().call('day:status', {});
    if (result.ok) recap.value = result.value;
    loadError.value = result.ok ? null : result.error;
  });

  async function closeDay(day: string): Promise<Result<DayRecap> | null> {
    if (closing.value) return null;
    closing.value = true;
    closeError.value = null;
    try {
      const payload = { day };
      const result = await usePos().call('day:close', { requestId: attempts.idFor(payload), ...payload });
      attempts.settle(result);
      if (result.ok) closedRecap.value = recap.value = result.value;
      else closeError.value = result.error;
      return result;
    } finally {
      closing.value = false;
    }
  }

  let stopListening: (() => void) | null = null;

  /** A shift opened or closed, or a day closed (here or in another window): read the recap again. */
  function start(): Promise<void> {
    stopListening ??= usePos().on('shifts:changed', () => void refresh());
    return refresh();
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  function setRequestIds(fn: () => string): void {
    makeId.fn = fn;
  }

  return { recap, loadError, closing, closeError, closedRecap, refresh, start, stop, closeDay, setRequestIds };
});
