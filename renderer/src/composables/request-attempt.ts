import type { Result } from '../api/contract-types';

/** Errors after which the core may or may not have recorded: a retry must reuse the request id. */
export const OUTCOME_UNKNOWN: ReadonlySet<string> = new Set(['offline', 'bad_response', 'internal']);

/**
 * The request id rule shared by every money-moving form: the id belongs to the payload. The same
 * payload sent again after an unknown outcome keeps its id (the core then records it at most once);
 * a success, a definite refusal or a different payload gets a new one.
 */
export function createRequestAttempts(makeId: () => string) {
  let attempt: { key: string; requestId: string } | null = null;
  return {
    /** The id to send this payload with. */
    idFor(payload: unknown): string {
      const key = JSON.stringify(payload);
      if (!attempt || attempt.key !== key) attempt = { key, requestId: makeId() };
      return attempt.requestId;
    },
    /** Forgets the id unless the answer leaves the outcome unknown. */
    settle(result: Result<unknown>): void {
      if (result.ok || !OUTCOME_UNKNOWN.has(result.error.code)) attempt = null;
    },
  };
}
