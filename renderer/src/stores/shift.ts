import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { newRequestId } from '../api/request-id';
import { createRequestAttempts } from '../composables/request-attempt';
import { coalesced } from './coalesce';
import type { ChannelInput, ChannelOutput, ErrorBody, Result } from '../api/contract-types';

export type Shift = ChannelOutput<'shifts:open'>;
export type CurrentShift = NonNullable<ChannelOutput<'shifts:current'>['current']>;
export type ShiftReport = ChannelOutput<'shifts:close'>;
export type ClosePreview = ChannelOutput<'shifts:previewClose'>;
export type OpenPreview = ChannelOutput<'shifts:previewOpen'>;
/** Why a counted float differs from the ledger's drawer, as the cashier said. */
export type OpeningDifference = NonNullable<ChannelInput<'shifts:open'>['difference']>;
/** The counted cash as the cashier gave it: one typed amount, or pieces per denomination. */
export type CountedCash = ChannelInput<'shifts:open'>['float'];

/**
 * The counter's shift as the core has it: open (who, since when, the float, what the drawer should
 * hold now) or closed. Selling screens read `closed` to show "Kasir belum dibuka"; the core refuses
 * a sale without a shift anyway, this only spares the cashier a refused sale.
 */
export const useShiftStore = defineStore('shift', () => {
  const current = shallowRef<CurrentShift | null>(null);
  /** The core answered `shifts:current` at least once: before that, nothing is known. */
  const loaded = ref(false);
  const loadError = ref<ErrorBody | null>(null);
  const opening = ref(false);
  const closing = ref(false);
  /** The report of the shift this screen just closed, kept for the screen after the close. */
  const lastReport = shallowRef<ShiftReport | null>(null);
  const makeId = { fn: newRequestId };
  const openAttempts = createRequestAttempts(() => makeId.fn());
  const closeAttempts = createRequestAttempts(() => makeId.fn());

  /** Only a definite "no shift" closes the counter on screen; an unreadable answer does not. */
  const closed = computed(() => loaded.value && current.value === null);
  const open = computed(() => current.value !== null);

  const refresh = coalesced(async () => {
    const result = await usePos().call('shifts:current', {});
    if (result.ok) {
      current.value = result.value.current;
      loaded.value = true;
    }
    loadError.value = result.ok ? null : result.error;
  });

  /** What opening with this float would find (the ledger's drawer, the difference); nothing is written. */
  function previewOpen(float: CountedCash): Promise<Result<OpenPreview>> {
    return usePos().call('shifts:previewOpen', { float });
  }

  /**
   * Opens a shift; the same payload retried after an unknown outcome keeps its request id. A float
   * that differs from the ledger carries its cause and reason (the core refuses it otherwise).
   * `cashier`: null when someone is signed in (the core opens the shift in their name).
   */
  async function openShift(cashier: string | null, float: CountedCash, difference?: OpeningDifference): Promise<Result<Shift> | null> {
    if (opening.value) return null;
    opening.value = true;
    try {
      const payload = { ...(cashier === null ? {} : { cashier }), float, ...(difference ? { difference } : {}) };
      const result = await usePos().call('shifts:open', { requestId: openAttempts.idFor(payload), ...payload });
      openAttempts.settle(result);
      return result;
    } finally {
      opening.value = false;
      // Read the core's state after any answer: a refusal may mean another window opened one.
      await refresh();
    }
  }

  /** What closing with this count would record; nothing is written. */
  function previewClose(counted: CountedCash): Promise<Result<ClosePreview>> {
    return usePos().call('shifts:previewClose', { counted });
  }

  /**
   * Closes against `expectedCash`, the figure the cashier was shown: the core refuses (conflict)
   * when its drawer has moved since, so the difference recorded is the one confirmed.
   */
  async function closeShift(counted: CountedCash, reason: string, expectedCash: number): Promise<Result<ShiftReport> | null> {
    if (closing.value) return null;
    closing.value = true;
    try {
      const payload = { counted, ...(reason.trim() ? { reason: reason.trim() } : {}), expectedCash };
      const result = await usePos().call('shifts:close', { requestId: closeAttempts.idFor(payload), ...payload });
      closeAttempts.settle(result);
      if (result.ok) lastReport.value = result.value;
      return result;
    } finally {
      closing.value = false;
      await refresh();
    }
  }

  const printReport = (id: number) => usePos().call('shifts:printReport', { id });
  const reportPdf = (id: number) => usePos().call('shifts:reportPdf', { id });
  const forgetReport = () => (lastReport.value = null);

  let stopListening: (() => void) | null = null;

  /**
   * Loads once and follows the core: `shifts:changed` (opened or closed anywhere), and
   * `ledger:changed` / `sales:updated` (owner cash and sales move the drawer, so the expected cash
   * on screen moves too).
   */
  function start(): Promise<void> {
    if (!stopListening) {
      const pos = usePos();
      const stops = (['shifts:changed', 'ledger:changed', 'sales:updated'] as const).map((event) => pos.on(event, () => void refresh()));
      stopListening = () => stops.forEach((off) => off());
    }
    return refresh();
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  /** Tests make request ids they can predict. */
  function setRequestIds(fn: () => string): void {
    makeId.fn = fn;
  }

  return {
    current,
    loaded,
    loadError,
    closed,
    open,
    opening,
    closing,
    lastReport,
    refresh,
    start,
    stop,
    openShift,
    previewOpen,
    previewClose,
    closeShift,
    printReport,
    reportPdf,
    forgetReport,
    setRequestIds,
  };
});
