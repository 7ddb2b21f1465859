/**
 * Which optional fields the booking form shows for an airline. Display only: the core's passenger
 * rules (electron/core/flights/passenger-rules.ts) decide what is required and refuse a booking
 * without it, and any error they report for a field brings that field onto the screen anyway.
 */

/** Citilink, AirAsia and JetStar ask every adult's date of birth (seed 001; same test as the core). */
export function airlineAsksAdultBirthDate(airline: string): boolean {
  const text = airline.trim();
  return /citilink|air\s*asia|jet\s*star/i.test(text) || /^(QG|QZ|AK|FD|Z2|D7|JQ|3K|GK)(\b|-|$)/i.test(text);
}

/** AirAsia and JetStar sell checked baggage at booking (MMBC's `bagasi` per passenger). */
export function airlineSellsBaggage(airline: string): boolean {
  const text = airline.trim();
  return /air\s*asia|jet\s*star/i.test(text) || /^(QZ|AK|FD|Z2|D7|JQ|3K|GK)(\b|-|$)/i.test(text);
}

/** The choices of the "Bagasi" select: '' = the fare's own allowance ("Bawaan"). */
export const BAGGAGE_CHOICES = ['', '15 Kg', '20 Kg', '25 Kg', '30 Kg'] as const;
