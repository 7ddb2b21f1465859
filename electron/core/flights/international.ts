import { airportByCode } from '../providers/mmbc/catalog/airports';

/**
 * Whether a route leaves Indonesia, so postbooking needs every passenger's passport number and
 * expiry. True when either end is a known airport outside Indonesia, and also when either code is
 * not a known Indonesian airport at all: an unknown code (a city MMBC added after our list) asks
 * the cashier for passports rather than risk MMBC refusing the booking at the counter for lack of
 * them; extra passport fields on a domestic route cost a question, a missing one costs the booking.
 */
export function isInternationalRoute(from: string, to: string): boolean {
  return !isKnownIndonesian(from) || !isKnownIndonesian(to);
}

function isKnownIndonesian(code: string): boolean {
  return airportByCode(code)?.country === 'ID';
}
