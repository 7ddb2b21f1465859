import type { ScheduledFlight } from './flight-schedule';

/** The text forms MMBC gives a flight in its answers. */
export const routeOf = (f: ScheduledFlight): string => `${f.from.code}-${f.to.code}`;

export const transitOf = (f: ScheduledFlight): string => (f.legs.length <= 1 ? 'Nonstop' : `${f.legs.length - 1} Transit`);

export function timeOf(f: ScheduledFlight): string {
  return `${f.legs[0]?.dep ?? ''} - ${f.legs[f.legs.length - 1]?.arr ?? ''}`;
}

/** Search form: "CGK - SUB (08:45 - 10:00)", legs joined by ", ". */
export function searchInfoTransit(f: ScheduledFlight): string {
  return f.legs.map((l) => `${l.from.code} - ${l.to.code} (${l.dep} - ${l.arr})`).join(', ');
}

/** Booking form: "Padang(PDG) 08:15 - Jakarta(CGK) 10:05". */
export function bookingInfoTransit(f: ScheduledFlight): string {
  return f.legs.map((l) => `${l.from.city}(${l.from.code}) ${l.dep} - ${l.to.city}(${l.to.code}) ${l.arr}`).join(', ');
}

/** AirAsia and Citilink answer flight_publishfare 0 (a number), as in the seed's AirAsia sample. */
export function publishFareField(f: ScheduledFlight): string | number {
  return f.airline.code === 'QZ' || f.airline.code === 'QG' ? 0 : String(f.publishAdult);
}
