import type Database from 'better-sqlite3';
import { parseTypedAmount } from '../ledger/entry-limit';
import { MoneyError, rupiah, type Rupiah } from '../money';

/**
 * Settings > Harga jual, flights: the outlet's markup on a ticket, per passenger (infants included:
 * each one is a ticket the counter issues). Kept in the `setting` table; a missing or unreadable
 * value means the default, a setting never stops a sale. The markup is fixed on a booking when it
 * is made, so changing the rule never changes a price the customer was already told.
 */
const KEY = 'flights.markupPerPassenger';
export const DEFAULT_FLIGHT_MARKUP = rupiah(10_000);

export function readFlightMarkup(db: Database.Database): Rupiah {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(KEY) as { value: string } | undefined;
  const value = row ? Number(row.value) : Number.NaN;
  return Number.isSafeInteger(value) && value >= 0 ? rupiah(value) : DEFAULT_FLIGHT_MARKUP;
}

/**
 * Typed by the owner like any amount ("10.000", "Rp 15.000") and held to the owner's entry limit;
 * 0 (no markup) is allowed here, unlike an amount of money moved. Bad input throws and writes nothing.
 */
export function setFlightMarkup(db: Database.Database, input: string | number): Rupiah {
  const markup = isZero(input) ? rupiah(0) : parseMarkup(db, input);
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, String(markup));
  return markup;
}

/** The markup of a party: per passenger, infants included. */
export function markupFor(perPassenger: number, passengers: number): Rupiah {
  return rupiah(perPassenger * passengers);
}

function parseMarkup(db: Database.Database, input: string | number): Rupiah {
  try {
    return parseTypedAmount(db, input);
  } catch (err) {
    if (err instanceof MoneyError) throw new MoneyError(`Markup tiket pesawat: ${err.message}`);
    throw err;
  }
}

function isZero(input: string | number): boolean {
  if (typeof input === 'number') return input === 0;
  return /^(?:rp\.?\s*)?0+(?:,0{1,2})?$/i.test(input.trim());
}
