import type Database from 'better-sqlite3';
import { readEntryLimit } from '../ledger/entry-limit';
import { assertWithinEntryLimit, MoneyError, parseCashierAmount, rupiah, type Rupiah } from '../money';
import type { DenominationCount } from './shift-record';

/** What the cashier counted: one typed amount, or pieces per face value (the contract checks the face values). */
export type CountedCashInput = { amount?: string | number; denominations?: Partial<Record<string, number>> };

export interface CountedCash {
  amount: Rupiah;
  /** The pieces as counted (zero counts left out), or null when one amount was typed. */
  denominations: DenominationCount | null;
}

/** A drawer may really hold nothing: "0" (or "Rp 0") is a count, unlike a payment, which must be > 0. */
const ZERO = /^(?:rp\.?\s*)?0+(?:,0{1,2})?$/i;

/**
 * The count read the way every typed amount in the core is (the money parser), then held to the
 * owner's per-entry limit: a count of ten billion is a typo, not a drawer.
 */
export function readCountedCash(db: Database.Database, input: CountedCashInput): CountedCash {
  const limit = readEntryLimit(db);
  if (input.amount !== undefined) {
    const typed = input.amount;
    if (typed === 0 || (typeof typed === 'string' && ZERO.test(typed.trim()))) return { amount: rupiah(0), denominations: null };
    return { amount: assertWithinEntryLimit(parseCashierAmount(typed), limit), denominations: null };
  }
  const pieces: DenominationCount = {};
  let total = 0;
  for (const [face, count = 0] of Object.entries(input.denominations ?? {})) {
    const value = Number(face);
    if (!Number.isSafeInteger(value) || value <= 0 || !Number.isSafeInteger(count) || count < 0) {
      throw new MoneyError(`Pecahan ${face} x ${count} tidak valid.`);
    }
    if (count === 0) continue;
    pieces[face] = count;
    total += value * count;
  }
  return { amount: assertWithinEntryLimit(rupiah(total), limit), denominations: pieces };
}
