import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import type { ChannelInput, ChannelOutput, ErrorBody, Result } from '../api/contract-types';

export type AccountBalance = ChannelOutput<'ledger:balances'>['accounts'][number];
export type JournalEntry = ChannelOutput<'ledger:journalForDay'>['entries'][number];
export type Recorded = ChannelOutput<'ledger:recordOpeningCash'>;

export const CASH_DRAWER = 'cash_drawer';
export const DEPOSIT_HELD = 'deposit_held';

/** Balances and today's journal, always as the core derives them: the renderer never adds money up. */
export const useLedgerStore = defineStore('ledger', () => {
  const accounts = shallowRef<AccountBalance[]>([]);
  const journalDay = ref<string | null>(null);
  const journal = shallowRef<JournalEntry[]>([]);
  const loaded = ref(false);
  const loadError = ref<ErrorBody | null>(null);

  const cashDrawer = computed(() => accounts.value.find((a) => a.code === CASH_DRAWER) ?? null);
  const held = computed(() => accounts.value.find((a) => a.code === DEPOSIT_HELD) ?? null);
  const providerDeposits = computed(() => accounts.value.filter((a) => a.provider !== null));

  let inFlight: Promise<void> | null = null;
  let again = false;

  /**
   * Refreshes coalesce: a call during a refresh schedules exactly one more afterwards, so a burst
   * of `ledger:changed` events costs two round trips and an older answer never lands last.
   */
  function refresh(): Promise<void> {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        again = false;
        await loadOnce();
      } while (again);
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  async function loadOnce(): Promise<void> {
    const pos = usePos();
    const [balances, day] = await Promise.all([
      pos.call('ledger:balances', {}),
      pos.call('ledger:journalForDay', {}),
    ]);
    if (balances.ok) accounts.value = balances.value.accounts;
    if (day.ok) {
      journalDay.value = day.value.day;
      journal.value = day.value.entries;
    }
    // Keep the last good figures on screen and say why they may be stale.
    loadError.value = !balances.ok ? balances.error : !day.ok ? day.error : null;
    if (balances.ok) loaded.value = true;
  }

  async function afterRecord<T>(result: Result<T>): Promise<Result<T>> {
    // Refresh even on refusal: "nothing recorded" is shown from the core's figures, not assumed.
    await refresh();
    return result;
  }

  const recordOpeningCash = async (input: ChannelInput<'ledger:recordOpeningCash'>) =>
    afterRecord(await usePos().call('ledger:recordOpeningCash', input));
  const recordDepositTopUp = async (input: ChannelInput<'ledger:recordDepositTopUp'>) =>
    afterRecord(await usePos().call('ledger:recordDepositTopUp', input));
  const recordOwnerWithdrawal = async (input: ChannelInput<'ledger:recordOwnerWithdrawal'>) =>
    afterRecord(await usePos().call('ledger:recordOwnerWithdrawal', input));

  let stopListening: (() => void) | null = null;

  /** Loads once and follows `ledger:changed`, so another window or a settled sale shows up here. */
  function start(): Promise<void> {
    stopListening ??= usePos().on('ledger:changed', () => void refresh());
    return refresh();
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  return {
    accounts,
    journalDay,
    journal,
    loaded,
    loadError,
    cashDrawer,
    held,
    providerDeposits,
    refresh,
    start,
    stop,
    recordOpeningCash,
    recordDepositTopUp,
    recordOwnerWithdrawal,
  };
});
