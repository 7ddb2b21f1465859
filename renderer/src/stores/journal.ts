import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { usePos } from '../api/pos';
import { coalesced } from './coalesce';
import type { ChannelOutput, ErrorBody } from '../api/contract-types';

export type JournalEntry = ChannelOutput<'ledger:journalForDay'>['entries'][number];
export type JournalPosting = JournalEntry['postings'][number];

/**
 * Buku besar: one business day's journal, optionally only the entries touching one account, as
 * `ledger:journalForDay` gives it. Each entry's one amount is the core's (`amount`, the sum of its
 * debits); the renderer never adds legs up. Follows the ledger while the page is open.
 */
export const useJournalStore = defineStore('journal', () => {
  /** '' = the core's current business day. */
  const day = ref('');
  /** '' = every account. */
  const account = ref('');
  /** The day the core answered for (the filter may be '' = today). */
  const shownDay = ref<string | null>(null);
  const entries = shallowRef<JournalEntry[]>([]);
  const loading = ref(false);
  const loadError = ref<ErrorBody | null>(null);

  // Reads the filters when it runs: a filter changed during a load makes exactly one more load,
  // so the entries on screen always match the filters on screen.
  const refresh = coalesced(async () => {
    loading.value = true;
    const input = { ...(day.value ? { day: day.value } : {}), ...(account.value ? { account: account.value } : {}) };
    const result = await usePos().call('ledger:journalForDay', input);
    if (result.ok) {
      shownDay.value = result.value.day;
      entries.value = result.value.entries;
    }
    loadError.value = result.ok ? null : result.error;
    loading.value = false;
  });

  watch([day, account], () => void refresh());

  let stopListening: (() => void) | null = null;

  // Sales post without `ledger:changed` (they announce `sales:updated`): both bring new entries.
  function start(): Promise<void> {
    if (!stopListening) {
      const pos = usePos();
      const stops = (['ledger:changed', 'sales:updated'] as const).map((event) => pos.on(event, () => void refresh()));
      stopListening = () => stops.forEach((off) => off());
    }
    return refresh();
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  return { day, account, shownDay, entries, loading, loadError, refresh, start, stop };
});
