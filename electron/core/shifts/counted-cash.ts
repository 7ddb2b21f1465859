import type Database from 'better-sqlite3';
import { ENTRY_LIMIT_HARD_CAP, MoneyError, parseCashierAmount, rupiah, tooLargeMessage, type Rupiah } from '../money';
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
 * A count is what the drawer holds, not one transaction: a day's takings may well pass the owner's
 * per-entry limit, so it is bounded by the hard cap (what no drawer could hold is a typo).
 */
function withinDrawer(amount: Rupiah): Rupiah {
  if (amount > ENTRY_LIMIT_HARD_CAP) {
    throw new MoneyError(`${tooLargeMessage(ENTRY_LIMIT_HARD_CAP)} Periksa lagi hitungannya.`);
  }
  return amount;
}

/** The count read the way every typed amount in the core is (the money parser), bounded by what a drawer can hold. */
export function readCountedCash(_db: Database.Database, input: CountedCashInput): CountedCash {
  if (input.amount !== undefined) {
    const typed = input.amount;
    if (typed === 0 || (typeof typed === 'string' && ZERO.test(typed.trim()))) return { amount: rupiah(0), denominations: null };
    return { amount: withinDrawer(parseCashierAmount(typed)), denominations: null };
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
  return { amount: withinDrawer(rupiah(total)), denominations: pieces };
}
