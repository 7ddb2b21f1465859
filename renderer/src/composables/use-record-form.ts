import { ref, shallowRef } from 'vue';
import { newRequestId } from '../api/request-id';
import { createRequestAttempts } from './request-attempt';
import type { ErrorBody, Result } from '../api/contract-types';

export type FormPhase = 'editing' | 'checking' | 'confirming' | 'submitting';

export interface RecordFormOptions<P, K> {
  /** Makes the request id of a new submission (tests pass a predictable one). */
  makeId?: () => string;
  /**
   * Asked before the confirmation opens (the core's reading of the amount). A refusal is shown
   * like a refusal of the submission and the confirmation never opens; the value is kept in
   * `checked` for the dialog.
   */
  check?: (payload: P) => Promise<Result<K>>;
}

/**
 * The life of one money-moving form: edit -> (check) -> confirm -> submit. `ask` takes the payload
 * the cashier sees in the confirmation and `confirm` sends exactly that one. The request id belongs to
 * the payload: the same payload retried after an unknown outcome keeps its id (the core then records
 * it at most once); a success, a definite refusal or an edited payload gets a new one.
 */
export function useRecordForm<P, T extends { duplicate: boolean }, K = never>(
  send: (requestId: string, payload: P) => Promise<Result<T>>,
  options: RecordFormOptions<P, K> = {},
) {
  const makeId = options.makeId ?? newRequestId;
  const phase = ref<FormPhase>('editing');
  const error = ref<ErrorBody | null>(null);
  const saved = ref<{ duplicate: boolean } | null>(null);
  /** What `check` answered for the payload being confirmed. */
  const checked = shallowRef<K | null>(null);
  let pending: P | null = null;
  const attempts = createRequestAttempts(makeId);

  /** Opens the confirmation for this payload (after the check passes); true when it opened. */
  async function ask(payload: P): Promise<boolean> {
    if (phase.value !== 'editing') return false;
    error.value = null;
    saved.value = null;
    checked.value = null;
    if (options.check) {
      phase.value = 'checking';
      const result = await options.check(payload);
      // Cancelled (Esc) while the core was answering: stay in the form.
      if (phase.value !== 'checking') return false;
      if (!result.ok) {
        error.value = result.error;
        phase.value = 'editing';
        return false;
      }
      checked.value = result.value;
    }
    pending = payload;
    phase.value = 'confirming';
    return true;
  }

  function cancel(): void {
    if (phase.value === 'confirming' || phase.value === 'checking') {
      phase.value = 'editing';
      pending = null;
    }
  }

  /** Sends the confirmed payload; true when the core recorded it (or had already recorded it). */
  async function confirm(): Promise<boolean> {
    // Guards the second Enter or click while the first is on its way.
    if (phase.value !== 'confirming' || pending === null) return false;
    const payload = pending;
    phase.value = 'submitting';
    try {
      const result = await send(attempts.idFor(payload), payload);
      attempts.settle(result);
      if (result.ok) {
        saved.value = { duplicate: result.value.duplicate };
        return true;
      }
      error.value = result.error;
      return false;
    } finally {
      pending = null;
      phase.value = 'editing';
    }
  }

  function clearMessages(): void {
    error.value = null;
    saved.value = null;
  }

  return { phase, error, saved, checked, ask, cancel, confirm, clearMessages };
}
