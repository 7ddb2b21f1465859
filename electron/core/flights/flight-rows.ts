import type { z } from 'zod';
import type { flightView } from '../api/channels/flights';
import { MMBC_AIRPORTS } from '../providers/mmbc/catalog/airports';
import type { MmbcFlight } from '../providers/mmbc/client/types';
import { isInternationalRoute } from './international';

export type FlightView = z.output<typeof flightView>;
export interface PassengerMix {
  adult: number;
  child: number;
  infant: number;
}

/** UTC offsets of MMBC's route cities (WIB 7, WITA 8, WIT 9): local times become a duration. */
const UTC_OFFSET = new Map(MMBC_AIRPORTS.map((a) => [a.code, a.utcOffset]));

/** What flights:price needs to ask getprice-json again for the same flight, carried by the screen. */
export interface FlightKey {
  from: string;
  to: string;
  date: string;
  flight: string;
  /** The search's adult fare incl. tax, to tell the cashier when getprice differs. */
  adultPrice: number;
  airline: string;
}

export function encodeFlightKey(key: FlightKey): string {
  return Buffer.from(JSON.stringify([key.from, key.to, key.date, key.flight, key.adultPrice, key.airline])).toString('base64url');
}

export function decodeFlightKey(text: string): FlightKey | null {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(value) || value.length !== 6) return null;
    const [from, to, date, flight, adultPrice, airline] = value as unknown[];
    if (typeof from !== 'string' || !/^[A-Z]{3}$/.test(from) || typeof to !== 'string' || !/^[A-Z]{3}$/.test(to)) return null;
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || typeof flight !== 'string' || !/^[A-Za-z0-9-]{2,20}$/.test(flight)) return null;
    if (typeof adultPrice !== 'number' || !Number.isSafeInteger(adultPrice) || adultPrice < 0 || typeof airline !== 'string') return null;
    return { from, to, date, flight, adultPrice, airline };
  } catch {
    return null;
  }
}

/**
 * getflights-json gives one adult's fare. The total for the mix is exact for adults only; with
 * children or infants it is an estimate (child as an adult, infant a tenth: what most carriers
 * charge) until getprice-json prices the mix.
 */
export function estimatedTotal(adultPrice: number, mix: PassengerMix): { total: number; estimate: boolean } {
  const total = adultPrice * (mix.adult + mix.child) + Math.round(adultPrice / 10) * mix.infant;
  return { total, estimate: mix.child + mix.infant > 0 };
}

/**
 * `logoFor` turns the provider's logo URL into what the screen can show (AirlineLogos.dataUrlFor:
 * the stored data: URL); without one, or while the logo is not stored, the URL goes as it came.
 */
export function toFlightView(f: MmbcFlight, searchedDate: string, mix: PassengerMix, logoFor?: (url: string) => string | null): FlightView {
  const date = f.date && /^\d{4}-\d{2}-\d{2}$/.test(f.date) ? f.date : searchedDate;
  const timing = blockTime(f.from, f.to, f.departureTime, f.arrivalTime);
  const { total, estimate } = estimatedTotal(f.price, mix);
  return {
    key: encodeFlightKey({ from: f.from, to: f.to, date, flight: f.flightCode, adultPrice: f.price, airline: f.airline }),
    airline: f.airline,
    airlineCode: /^([A-Z0-9]{2})\s*-?/i.exec(f.flightCode)?.[1]?.toUpperCase() ?? '',
    logoUrl: f.image?.trim() ? (logoFor?.(f.image.trim()) ?? f.image.trim()) : null,
    flightNumber: f.flightCode,
    from: f.from,
    to: f.to,
    route: f.route,
    date,
    transitCount: f.stops,
    transitLabel: f.transit,
    stops: stopsOf(f),
    transitInfo: f.infoTransit ?? null,
    departTime: pad(f.departureTime),
    arriveTime: pad(f.arrivalTime),
    arrivesNextDay: timing?.nextDay ?? minutesOf(f.arrivalTime) < minutesOf(f.departureTime),
    durationMinutes: timing?.minutes ?? null,
    adultPrice: f.price,
    totalPrice: total,
    totalIsEstimate: estimate,
    publishFare: f.publishFare ?? null,
    baggage: f.baggage?.trim() ? f.baggage.trim() : null,
    facilities: f.facilities?.trim() && f.facilities.trim() !== '-' ? f.facilities.trim() : null,
    international: isInternationalRoute(f.from, f.to),
  };
}

/** Stop-over codes: every airport code the transit text names, without origin and destination. */
function stopsOf(f: MmbcFlight): string[] {
  if (f.stops === 0 || !f.infoTransit) return [];
  const codes = [...f.infoTransit.matchAll(/\b[A-Z]{3}\b/g)].map((m) => m[0]);
  return [...new Set(codes)].filter((c) => c !== f.from && c !== f.to);
}

/** Minutes in the air (incl. transit) from local times and each airport's zone; assumes under 24 h. */
export function blockTime(from: string, to: string, depart: string, arrive: string): { minutes: number; nextDay: boolean } | null {
  const fromOffset = UTC_OFFSET.get(from);
  const toOffset = UTC_OFFSET.get(to);
  if (fromOffset === undefined || toOffset === undefined) return null;
  const dep = minutesOf(depart);
  const arr = minutesOf(arrive);
  if (Number.isNaN(dep) || Number.isNaN(arr)) return null;
  const depUtc = dep - fromOffset * 60;
  let minutes = arr - toOffset * 60 - depUtc;
  while (minutes <= 0) minutes += 24 * 60;
  const arrivalLocal = depUtc + minutes + toOffset * 60;
  return { minutes, nextDay: Math.floor(arrivalLocal / (24 * 60)) > 0 };
}

function minutesOf(time: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}

function pad(time: string): string {
  return time.trim().padStart(5, '0');
}
