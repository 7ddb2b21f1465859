import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { newRequestId } from '../api/request-id';
import { createRequestAttempts } from '../composables/request-attempt';
import { coalesced } from './coalesce';
import { useAuthStore } from './auth';
import type { ChannelOutput, ErrorBody, Result } from '../api/contract-types';

export type DayRecap = ChannelOutput<'day:status'>;
export type ExportJob = ChannelOutput<'exports:start'>;

/**
 * The day close (owner): the business day's recap from `day:status`, and `day:close`. Whether a day
 * may close (no shift open, something to close) is the core's rule; its refusal is kept for the
 * screen as sent. Today by default; a past day left unclosed (`day:unclosed`: a shift that ran past
 * midnight) can be chosen instead. A closed day without an automatic export can be exported here
 * through the export channels.
 */
export const useDayStore = defineStore('day', () => {
  const recap = shallowRef<DayRecap | null>(null);
  const loadError = ref<ErrorBody | null>(null);
  /** The day shown: null = today (the core's business day). */
  const chosenDay = ref<string | null>(null);
  /** Past days with shifts and no close, oldest first. */
  const unclosed = ref<string[]>([]);
  const closing = ref(false);
  const closeError = ref<ErrorBody | null>(null);
  /** The recap `day:close` answered: shown once the day is closed (auto-export path or error). */
  const closedRecap = shallowRef<DayRecap | null>(null);
  /** The export started from this panel, as its progress events report it. */
  const exportJob = shallowRef<ExportJob | null>(null);
  const exportError = ref<ErrorBody | null>(null);
  const makeId = { fn: newRequestId };
  const attempts = createRequestAttempts(() => makeId.fn());

  const refresh = coalesced(async () => {
    const pos = usePos();
    const [status, days] = await Promise.all([pos.call('day:status', chosenDay.value ? { day: chosenDay.value } : {}), pos.call('day:unclosed', {})]);
    if (status.ok) recap.value = status.value;
    loadError.value = status.ok ? null : status.error;
    if (days.ok) unclosed.value = days.value.days;
  });

  /** Shows another day (a past one left unclosed), or today with null. */
  function chooseDay(day: string | null): Promise<void> {
    chosenDay.value = day;
    closeError.value = null;
    closedRecap.value = null;
    exportJob.value = null;
    exportError.value = null;
    return refresh();
  }

  async function closeDay(day: string): Promise<Result<DayRecap> | null> {
    if (closing.value) return null;
    closing.value = true;
    closeError.value = null;
    try {
      const payload = { day };
      const input = { requestId: attempts.idFor(payload), ...payload };
      // The owner's channel: on a cashier's screen the owner approves by PIN and the same call is sent again.
      const result = await useAuthStore().withOwnerApproval('day:close', () => usePos().call('day:close', input));
      attempts.settle(result);
      if (result.ok) closedRecap.value = recap.value = result.value;
      else closeError.value = result.error;
      return result;
    } finally {
      closing.value = false;
    }
  }

  /** The day's sales export (.xlsx) into the owner's export folder, as Laporan would make it. */
  async function exportDay(day: string): Promise<void> {
    if (exportJob.value?.state === 'running') return;
    exportError.value = null;
    const result = await usePos().call('exports:start', { format: 'xlsx', range: { from: day, to: day } });
    if (result.ok) exportJob.value = result.value;
    else exportError.value = result.error;
  }

  let stopListening: (() => void) | null = null;

  /** A shift opened or closed, or a day closed (here or in another window): read the recap again. */
  function start(): Promise<void> {
    if (!stopListening) {
      const pos = usePos();
      const offShifts = pos.on('shifts:changed', () => void refresh());
      const offExports = pos.on('exports:progress', (update) => {
        if (exportJob.value && update.jobId === exportJob.value.jobId) exportJob.value = update;
      });
      stopListening = () => {
        offShifts();
        offExports();
      };
    }
    return refresh();
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  function setRequestIds(fn: () => string): void {
    makeId.fn = fn;
  }

  return {
    recap,
    loadError,
    chosenDay,
    unclosed,
    closing,
    closeError,
    closedRecap,
    exportJob,
    exportError,
    refresh,
    start,
    stop,
    chooseDay,
    closeDay,
    exportDay,
    setRequestIds,
  };
});
