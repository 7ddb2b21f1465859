import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { coalesced } from './coalesce';
import type { ChannelInput, ChannelOutput, ErrorBody, Result } from '../api/contract-types';

export type AccountBalance = ChannelOutput<'ledger:balances'>['accounts'][number];
export type Recorded = ChannelOutput<'ledger:recordOpeningCash'>;

export const CASH_DRAWER = 'cash_drawer';
export const DEPOSIT_HELD = 'deposit_held';

/**
 * Balances, always as the core derives them: the renderer never adds money up. (The journal is the
 * owner's Buku besar page, stores/journal.ts: every ledger change re-reads balances only.)
 */
export const useLedgerStore = defineStore('ledger', () => {
  const accounts = shallowRef<AccountBalance[]>([]);
  const loaded = ref(false);
  const loadError = ref<ErrorBody | null>(null);

  const cashDrawer = computed(() => accounts.value.find((a) => a.code === CASH_DRAWER) ?? null);
  const held = computed(() => accounts.value.find((a) => a.code === DEPOSIT_HELD) ?? null);
  const providerDeposits = computed(() => accounts.value.filter((a) => a.provider !== null));

  /** Refreshes coalesce (see `coalesced`): an older answer never lands last. */
  const refresh = coalesced(loadOnce);

  async function loadOnce(): Promise<void> {
    const balances = await usePos().call('ledger:balances', {});
    if (balances.ok) accounts.value = balances.value.accounts;
    // Keep the last good figures on screen and say why they may be stale.
    loadError.value = balances.ok ? null : balances.error;
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

  /**
   * The core's reading of what the cashier typed, for the confirmation step: the dialog shows the
   * amount the core will record, and a text it cannot read is refused before anything is asked.
   */
  async function previewAmount(text: string): Promise<Result<ChannelOutput<'money:previewAmount'>>> {
    const result = await usePos().call('money:previewAmount', { text });
    // Not reaching the core is news for the whole screen (header, stale figures), not only this form.
    if (!result.ok && result.error.code === 'offline') await refresh();
    return result;
  }

  let stopListening: (() => void) | null = null;

  /**
   * Loads once and follows the core: `ledger:changed` (owner entries, shifts) and `sales:updated`
   * (a sale's postings, made here, in another window or settled later, announce only that).
   */
  function start(): Promise<void> {
    if (!stopListening) {
      const pos = usePos();
      const offLedger = pos.on('ledger:changed', () => void refresh());
      const offSales = pos.on('sales:updated', () => void refresh());
      stopListening = () => {
        offLedger();
        offSales();
      };
    }
    return refresh();
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  return {
    accounts,
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
    previewAmount,
  };
});
