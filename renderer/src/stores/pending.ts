import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { coalesced } from './coalesce';
import { useLedgerStore } from './ledger';
import { useAuthStore } from './auth';
import type { ChannelInput, ChannelOutput, ErrorBody, Result } from '../api/contract-types';
import type { OperatorEvidence, SaleView } from '../format/sale';

export type AlertResolution = ChannelInput<'sales:resolveAlert'>['resolution'];
/** An open sale whose stored data the core cannot show in full: listed, never acted on here. */
export type DamagedSale = ChannelOutput<'sales:open'>['damaged'][number];

export interface DecisionInput {
  decision: 'success' | 'failed';
  note: string;
  serial?: string;
}

/**
 * The Pending panel: late-success alerts for the owner, sales still in flight, sales waiting for the operator, refunds still due, as
 * `sales:open` reports them, refreshed on every `sales:updated`. `version` counts those events so
 * other screens (History, a result card) can follow the same stream without a second listener.
 */
export const usePendingStore = defineStore('pending', () => {
  const open = shallowRef<SaleView[]>([]);
  const damaged = shallowRef<DamagedSale[]>([]);
  const loaded = ref(false);
  const loadError = ref<ErrorBody | null>(null);
  const version = ref(0);
  /** The side panel, openable from every screen (header badge, F8). */
  const panelOpen = ref(false);
  /** Per sale: a call on its way (check, refund, decision), so a second press is ignored. */
  const busy = reactive<Record<number, boolean>>({});
  const actionError = reactive<Record<number, ErrorBody | null>>({});
  const evidence = reactive<Record<number, OperatorEvidence | ErrorBody | undefined>>({});

  /** A success reported after the sale failed: the owner records what really happened, first. */
  const alerts = computed(() => open.value.filter((s) => s.alert !== null && s.alertResolvedAt === null));
  const rest = computed(() => open.value.filter((s) => !(s.alert !== null && s.alertResolvedAt === null)));
  const needsOperator = computed(() => rest.value.filter((s) => s.needsOperator));
  const refundsDue = computed(() => rest.value.filter((s) => !s.needsOperator && s.refund === 'due'));
  const inFlight = computed(() => rest.value.filter((s) => !s.needsOperator && s.refund !== 'due'));
  /** What the header badge counts: everything the cashier still has to watch or act on. */
  const count = computed(() => open.value.length + damaged.value.length);

  const refresh = coalesced(async () => {
    const result = await usePos().call('sales:open', {});
    if (result.ok) {
      open.value = result.value.sales;
      damaged.value = result.value.damaged;
      loaded.value = true;
    }
    loadError.value = result.ok ? null : result.error;
  });

  /** Runs one action per sale at a time; the list and the balances are read again afterwards. */
  async function act<T>(id: number, run: () => Promise<Result<T>>): Promise<Result<T> | null> {
    if (busy[id]) return null;
    busy[id] = true;
    actionError[id] = null;
    try {
      const result = await run();
      if (!result.ok) actionError[id] = result.error;
      await Promise.all([refresh(), useLedgerStore().refresh()]);
      return result;
    } finally {
      busy[id] = false;
    }
  }

  const checkNow = (id: number) => act(id, () => usePos().call('sales:checkNow', { id }));
  const refund = (id: number) => act(id, () => usePos().call('sales:refund', { id }));

  async function loadEvidence(id: number): Promise<void> {
    const result = await usePos().call('sales:operatorEvidence', { id });
    evidence[id] = result.ok ? result.value : result.error;
  }

  function decide(id: number, input: DecisionInput) {
    const serial = input.serial?.trim();
    // Owner channels: a cashier's screen gets the owner's approval by PIN, then the call is sent again.
    return act(id, () =>
      useAuthStore().withOwnerApproval('sales:operatorDecision', () =>
        usePos().call('sales:operatorDecision', {
          id,
          decision: input.decision,
          note: input.note.trim(),
          ...(serial ? { serial } : {}),
        }),
      ),
    );
  }

  function resolveAlert(id: number, input: { resolution: AlertResolution; note: string }) {
    const run = () => usePos().call('sales:resolveAlert', { id, resolution: input.resolution, note: input.note.trim() });
    return act(id, () => useAuthStore().withOwnerApproval('sales:resolveAlert', run));
  }

  let stopListening: (() => void) | null = null;

  function start(): Promise<void> {
    stopListening ??= usePos().on('sales:updated', () => {
      version.value += 1;
      void refresh();
    });
    return refresh();
  }

  function stop(): void {
    stopListening?.();
    stopListening = null;
  }

  function togglePanel(open?: boolean): void {
    panelOpen.value = open ?? !panelOpen.value;
    if (panelOpen.value) void refresh();
  }

  return {
    open,
    damaged,
    panelOpen,
    togglePanel,
    loaded,
    loadError,
    version,
    busy,
    actionError,
    evidence,
    alerts,
    needsOperator,
    refundsDue,
    inFlight,
    count,
    refresh,
    checkNow,
    refund,
    loadEvidence,
    decide,
    resolveAlert,
    start,
    stop,
  };
});
