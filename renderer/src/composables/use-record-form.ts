import { ref } from 'vue';
import { newRequestId } from '../api/request-id';
import type { ErrorBody, Result } from '../api/contract-types';

export type FormPhase = 'editing' | 'confirming' | 'submitting';

/** Errors after which the core may or may not have recorded: a retry must reuse the request id. */
const OUTCOME_UNKNOWN = new Set(['offline', 'bad_response', 'internal']);

/**
 * The life of one money-moving form: edit -> confirm -> submit. The request id belongs to the
 * payload being confirmed: the same payload retried after an unknown outcome keeps its id (the core
 * then records it at most once); a success, a definite refusal or an edited payload gets a new one.
 */
export function useRecordForm<P, T extends { duplicate: boolean }>(
  send: (requestId: string, payload: P) => Promise<Result<T>>,
  makeId: () => string = newRequestId,
) {
  const phase = ref<FormPhase>('editing');
  const error = ref<ErrorBody | null>(null);
  const saved = ref<{ duplicate: boolean } | null>(null);
  let attempt: { key: string; requestId: string } | null = null;

  function ask(): void {
    if (phase.value !== 'editing') return;
    error.value = null;
    saved.value = null;
    phase.value = 'confirming';
  }

  function cancel(): void {
    if (phase.value === 'confirming') phase.value = 'editing';
  }

  /** Returns true when the core recorded it (or had already recorded this very submission). */
  async function confirm(payload: P): Promise<boolean> {
    // Guards the second Enter or click while the first is on its way.
    if (phase.value !== 'confirming') return false;
    phase.value = 'submitting';
    const key = JSON.stringify(payload);
    if (!attempt || attempt.key !== key) attempt = { key, requestId: makeId() };
    try {
      const result = await send(attempt.requestId, payload);
      if (result.ok) {
        attempt = null;
        saved.value = { duplicate: result.value.duplicate };
        return true;
      }
      if (!OUTCOME_UNKNOWN.has(result.error.code)) attempt = null;
      error.value = result.error;
      return false;
    } finally {
      phase.value = 'editing';
    }
  }

  function clearMessages(): void {
    error.value = null;
    saved.value = null;
  }

  return { phase, error, saved, ask, cancel, confirm, clearMessages };
}
