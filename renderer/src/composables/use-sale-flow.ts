import { getCurrentScope, onScopeDispose, ref, shallowRef } from 'vue';
import { usePos } from '../api/pos';
import { newRequestId } from '../api/request-id';
import { createRequestAttempts, OUTCOME_UNKNOWN } from './request-attempt';
import type { ErrorBody, Result } from '../api/contract-types';
import { saleOutcome, type SaleView } from '../format/sale';
import { holdSaleInput, SETTLE_MS } from './sale-input-lock';

/** What the cashier adds when the core asks: a repeat within 10 minutes, the owner's override, another operator. */
export interface SaleGuards {
  confirmDuplicate?: boolean;
  ownerOverride?: { reason: string };
  /** The number is of another operator than the product's and the cashier sells anyway (Top-up only). */
  confirmOperatorMismatch?: boolean;
}

export type SaleFlowPhase = 'idle' | 'confirming' | 'submitting';

/** Refusals the cashier can answer inside the same confirmation. */
const GUARD_CODES = new Set(['needs_confirmation', 'needs_override', 'operator_mismatch']);
export const MIN_OVERRIDE_REASON = 3;

export interface SaleFlowOptions {
  makeId?: () => string;
  /** Called after every answer from the core (balances, recent numbers, the pending list). */
  afterAnswer?: () => void | Promise<void>;
  /**
   * The screen's name for remembering its last sale in this browser window (localStorage): after a
   * reload the result card comes back (read again with sales:get) and a pending one keeps updating.
   */
  rememberAs?: string;
  /** Where the last sale is remembered; the window's localStorage unless a test gives its own. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** How long input stays locked after the answer is on screen (tests: 0). */
  settleMs?: number;
}

/**
 * What a screen remembers of its last sale: the id once the core answered, before that the request
 * id it was sent with (a reload while the provider is slow still finds the sale the core wrote
 * first), and the cash the customer handed over (renderer only).
 */
type Remembered = ({ id: number } | { requestId: string }) & { received: number | null };

function browserStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * One sale from confirmation to result: ask -> confirm -> (guard -> confirm again) -> result card,
 * which follows `sales:updated` until the sale settles. The request id belongs to the exact payload
 * sent (guards included): a retry after an unknown outcome reuses it, so the core sells at most once.
 */
export function useSaleFlow<P extends object>(
  send: (requestId: string, payload: P & SaleGuards) => Promise<Result<SaleView>>,
  options: SaleFlowOptions = {},
) {
  const attempts = createRequestAttempts(options.makeId ?? newRequestId);
  const phase = ref<SaleFlowPhase>('idle');
  /** The payload in the confirmation (with the guards already granted). */
  const payload = shallowRef<(P & SaleGuards) | null>(null);
  const guard = ref<ErrorBody | null>(null);
  const error = ref<ErrorBody | null>(null);
  const sale = ref<SaleView | null>(null);
  const refunding = ref(false);
  /** Cash the customer handed over, typed in the confirmation (optional): the result card shows the change. */
  const received = ref<number | null>(null);
  /** True from "Ya, jual" until a moment after the answer is on screen: tiles, F-keys and Enter do nothing. */
  const locked = ref(false);
  let lastSent: (P & SaleGuards) | null = null;
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const storageKey = options.rememberAs ? `loket.lastSale.${options.rememberAs}` : null;

  function remember(sending?: string): void {
    if (!storage || !storageKey) return;
    const received_ = received.value;
    if (sending) storage.setItem(storageKey, JSON.stringify({ requestId: sending, received: received_ } satisfies Remembered));
    else if (sale.value) storage.setItem(storageKey, JSON.stringify({ id: sale.value.id, received: received_ } satisfies Remembered));
    else storage.removeItem(storageKey);
  }

  function remembered(): Remembered | null {
    if (!storage || !storageKey) return null;
    try {
      const value = JSON.parse(storage.getItem(storageKey) ?? 'null') as { id?: unknown; requestId?: unknown; received?: unknown } | null;
      const cash = typeof value?.received === 'number' ? value.received : null;
      if (value && Number.isInteger(value.id)) return { id: value.id as number, received: cash };
      if (value && typeof value.requestId === 'string' && value.requestId.length > 0) return { requestId: value.requestId, received: cash };
      return null;
    } catch {
      return null;
    }
  }

  /**
   * Holds the counter's input for this sale. F-keys come back with the answer (a key pressed then
   * is meant); the screen's tiles SETTLE_MS later, so the clicks of the burst that pressed
   * "Ya, jual" land on nothing.
   */
  function lockInput(): () => void {
    const release = holdSaleInput();
    locked.value = true;
    return () => {
      release();
      setTimeout(() => (locked.value = false), options.settleMs ?? SETTLE_MS);
    };
  }

  function ask(next: P): boolean {
    if (phase.value !== 'idle') return false;
    payload.value = { ...next };
    guard.value = null;
    error.value = null;
    phase.value = 'confirming';
    return true;
  }

  function cancel(): void {
    if (phase.value !== 'confirming') return;
    phase.value = 'idle';
    payload.value = null;
    guard.value = null;
  }

  /** The guard the cashier grants by confirming again; null when an override reason is missing. */
  function granted(ownerReason: string): SaleGuards | null {
    if (guard.value?.code === 'needs_confirmation') return { confirmDuplicate: true };
    if (guard.value?.code === 'operator_mismatch') return { confirmOperatorMismatch: true };
    if (guard.value?.code === 'needs_override') {
      const reason = ownerReason.trim();
      return reason.length >= MIN_OVERRIDE_REASON ? { ownerOverride: { reason } } : null;
    }
    return {};
  }

  /**
   * Sends the confirmed sale; true when the core answered with a sale (any state). `confirmed`: what
   * the cashier agreed to by confirming a warning the dialog showed (an operator mismatch).
   */
  async function confirm(ownerReason = '', confirmed: SaleGuards = {}): Promise<boolean> {
    if (phase.value !== 'confirming' || !payload.value) return false;
    const guards = granted(ownerReason);
    if (!guards) return false;
    const full = { ...payload.value, ...confirmed, ...guards };
    phase.value = 'submitting';
    lastSent = full;
    const unlock = lockInput();
    try {
      return await submit(full);
    } finally {
      unlock();
    }
  }

  async function submit(full: P & SaleGuards): Promise<boolean> {
    const requestId = attempts.idFor(full);
    remember(requestId);
    const result = await send(requestId, full);
    attempts.settle(result);
    await options.afterAnswer?.();
    if (result.ok) {
      sale.value = result.value;
      remember();
      payload.value = null;
      guard.value = null;
      phase.value = 'idle';
      return true;
    }
    if (GUARD_CODES.has(result.error.code)) {
      // The dialog stays open with the core's reason; confirming again grants the guard.
      guard.value = result.error;
      payload.value = full;
      phase.value = 'confirming';
      return false;
    }
    error.value = result.error;
    payload.value = null;
    guard.value = null;
    phase.value = 'idle';
    // Refused before anything was written: nothing to find after a reload. An unknown outcome keeps
    // the request id: the core may hold a sale for it.
    if (!OUTCOME_UNKNOWN.has(result.error.code)) remember();
    return false;
  }

  /** After an unknown outcome: reopen the confirmation for exactly what was sent (same request id). */
  function retry(): boolean {
    if (phase.value !== 'idle' || !lastSent || !error.value || !OUTCOME_UNKNOWN.has(error.value.code)) return false;
    payload.value = lastSent;
    guard.value = null;
    error.value = null;
    phase.value = 'confirming';
    return true;
  }

  /** Hands the customer's cash back for a failed sale (the core records it from the drawer). */
  async function refund(): Promise<void> {
    const current = sale.value;
    if (!current || refunding.value || current.refund !== 'due') return;
    refunding.value = true;
    const result = await usePos().call('sales:refund', { id: current.id });
    refunding.value = false;
    if (result.ok) sale.value = result.value;
    else error.value = result.error;
    await options.afterAnswer?.();
  }

  /** After a reload: the screen's last sale, read again from the core (gone from this book: forgotten). */
  async function restore(): Promise<void> {
    const last = remembered();
    if (!last || sale.value) return;
    const result = await usePos().call('sales:get', 'id' in last ? { id: last.id } : { requestId: last.requestId });
    if (sale.value) return;
    if (!result.ok) {
      if (result.error.code === 'not_found') storage?.removeItem(storageKey!);
      return;
    }
    const { events: _events, bill: _bill, ...view } = result.value;
    received.value = last.received;
    sale.value = view;
    remember();
  }

  /** Reads the sale again (its state moved): the result card always shows the core's row. */
  async function reload(id: number): Promise<void> {
    const result = await usePos().call('sales:get', { id });
    if (result.ok && sale.value?.id === id) {
      const { events: _events, bill: _bill, ...view } = result.value;
      sale.value = view;
    }
  }

  const stop = usePos().on('sales:updated', (event) => {
    if (sale.value && event.saleId === sale.value.id) void reload(event.saleId);
  });
  // The stream (re)connected, e.g. just after a reload restored a sale still processing: an update
  // sent before it was up is lost, so the card reads the sale again.
  const stopOpen = usePos().onStreamOpen?.(() => {
    if (sale.value && isProcessing()) void reload(sale.value.id);
  });
  if (getCurrentScope()) {
    onScopeDispose(stop);
    if (stopOpen) onScopeDispose(stopOpen);
  }

  function clear(): void {
    if (phase.value !== 'idle') return;
    sale.value = null;
    error.value = null;
    received.value = null;
    remember();
  }

  const isProcessing = () => (sale.value ? saleOutcome(sale.value.state) === 'processing' : false);

  if (storageKey) void restore();

  return { phase, payload, guard, error, sale, refunding, received, locked, ask, cancel, confirm, retry, refund, reload, restore, clear, stop, isProcessing };
}
