/**
 * quote -> committed -> sent -> success | failed | pending | unknown;
 * pending/unknown -> (status check, callback hint, operator decision) -> success | failed.
 * success and failed are absorbing (a trigger in migration 004 enforces it too).
 */
export type SaleState = 'committed' | 'sent' | 'success' | 'failed' | 'pending' | 'unknown';

const allowed: Record<SaleState, readonly SaleState[]> = {
  committed: ['sent', 'failed', 'unknown'],
  sent: ['success', 'failed', 'pending', 'unknown'],
  pending: ['success', 'failed', 'pending', 'unknown'],
  unknown: ['success', 'failed', 'pending', 'unknown'],
  success: [],
  failed: [],
};

export function canMove(from: SaleState, to: SaleState): boolean {
  return allowed[from].includes(to);
}

export function isSettled(state: SaleState): boolean {
  return state === 'success' || state === 'failed';
}

export function isOpen(state: SaleState): boolean {
  return !isSettled(state);
}
