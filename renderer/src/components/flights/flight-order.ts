import type { ChannelOutput } from '../../api/contract-types';

type Flight = ChannelOutput<'flights:search'>['flights'][number];
export type FlightSort = 'price' | 'depart' | 'duration';
export type TransitFilter = 'all' | 'direct' | 'transit';
export const FLIGHT_SORTS: readonly FlightSort[] = ['price', 'depart', 'duration'];
export const TRANSIT_FILTERS: readonly TransitFilter[] = ['all', 'direct', 'transit'];

/** "7:05" / "07:05" -> minutes after midnight; unreadable sorts last. */
function clockMinutes(time: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.MAX_SAFE_INTEGER;
}

const KEYS: Record<FlightSort, (f: Flight) => number> = {
  price: (f) => f.totalPrice,
  depart: (f) => clockMinutes(f.departTime),
  // The core leaves the duration null when it cannot tell (unknown airport zone): those go last.
  duration: (f) => f.durationMinutes ?? Number.MAX_SAFE_INTEGER,
};

/**
 * The results as the cashier asked to see them: display only, the core's rows are not changed.
 * Ties fall back to price, then departure, so the order is stable and predictable.
 */
export function sortFlights(flights: readonly Flight[], sort: FlightSort, filter: { airline: string; transit: TransitFilter }): Flight[] {
  const kept = flights.filter(
    (f) =>
      (filter.airline === '' || f.airlineCode === filter.airline) &&
      (filter.transit === 'all' || (filter.transit === 'direct') === (f.transitCount === 0)),
  );
  const order = [KEYS[sort], KEYS.price, KEYS.depart];
  return kept.sort((a, b) => {
    for (const key of order) {
      const d = key(a) - key(b);
      if (d !== 0) return d;
    }
    return 0;
  });
}

/** "2 j 15 m" from minutes (null = not known). */
export function durationParts(minutes: number | null): { h: number; m: number } | null {
  return minutes === null ? null : { h: Math.floor(minutes / 60), m: minutes % 60 };
}
