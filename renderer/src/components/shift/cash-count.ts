import type { CountedCash } from '../../stores/shift';

/**
 * The drawer's banknotes and coins, largest first: a copy of the contract's `denominations` (the
 * renderer imports no values from the core; test/unit/renderer/cash-count.test.ts keeps them equal).
 */
export const DENOMINATIONS = [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100] as const;

/** What the cashier has typed so far: one amount, or pieces per face value (text, as typed). */
export interface CashCount {
  mode: 'amount' | 'pieces';
  amount: string;
  pieces: Record<string, string>;
}

export function emptyCount(): CashCount {
  return { mode: 'amount', amount: '', pieces: Object.fromEntries(DENOMINATIONS.map((d) => [String(d), ''])) };
}

/** A piece count the cashier typed: empty = none; anything but whole digits is not a count. */
function pieceCount(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return 0;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * The payload for the core: the typed amount as text (the core reads it), or the piece counts.
 * A piece field that is not a whole number names its face value so the screen can point at it;
 * the core checks the counts again (limits, unknown faces).
 */
export function toCounted(count: CashCount): { counted: CountedCash } | { badFace: number } {
  if (count.mode === 'amount') return { counted: { amount: count.amount } };
  const denominations: Record<string, number> = {};
  for (const face of DENOMINATIONS) {
    const pieces = pieceCount(count.pieces[String(face)]);
    if (pieces === null) return { badFace: face };
    if (pieces > 0) denominations[String(face)] = pieces;
  }
  return { counted: { denominations } };
}

/**
 * The running total under the piece fields while the cashier counts. Display only: what is
 * recorded is the core's own sum of the same counts (shown again in its confirmation/preview).
 */
export function piecesTotal(count: CashCount): number {
  return DENOMINATIONS.reduce((sum, face) => sum + face * (pieceCount(count.pieces[String(face)]) ?? 0), 0);
}
