import { MMBC_AIRLINES, type Airline } from '../catalog/airlines';
import { airportByCode, distanceKm, MMBC_AIRPORTS, type Airport } from '../catalog/airports';
import { weekday } from '../time';
import { between, pick, roundTo, seededRandom } from './random';

/**
 * Deterministic flights: the list for (from, to, date) is a pure function of those three, so a
 * search, a price check and a booking made minutes apart agree, and tests can rely on it.
 * Times are local to each airport (WIB/WITA/WIT), as airlines print them.
 */
export interface FlightLeg {
  from: Airport;
  to: Airport;
  dep: string; // "HH:MM" local
  arr: string;
}

export interface ScheduledFlight {
  airline: Airline;
  flightCode: string; // "JT-690"
  from: Airport;
  to: Airport;
  date: string; // ISO
  legs: FlightLeg[];
  /** Adult fare before tax and the tax on it; child pays the adult fare, infant 10 %. */
  publishAdult: number;
  taxAdult: number;
  seats: number;
  flightClass: string;
}

const HUBS = ['CGK', 'SUB', 'UPG', 'DPS', 'KNO', 'BPN'];
const JETS = MMBC_AIRLINES.filter((a) => a.schedules === 'jet');
const PROPS = MMBC_AIRLINES.filter((a) => a.schedules === 'turboprop');
const CLASSES = ['Y', 'B', 'H', 'K', 'L', 'M', 'N', 'Q', 'T', 'V', 'X'];

export function flightsFor(fromCode: string, toCode: string, isoDate: string): ScheduledFlight[] {
  const from = airportByCode(fromCode);
  const to = airportByCode(toCode);
  if (!from || !to || from.code === to.code) return [];
  const rand = seededRandom(`${from.code}>${to.code}@${isoDate}`);
  const props = from.tier === 3 || to.tier === 3;
  const km = distanceKm(from, to);
  const via = needsTransit(from, to, km, props) ? transitHub(from, to) : undefined;
  const pool = props ? PROPS : JETS;
  const count = props ? between(rand, 1, 3) : from.tier === 1 && to.tier === 1 ? between(rand, 6, 10) : between(rand, 3, 6);
  const flights: ScheduledFlight[] = [];
  const used = new Set<string>();
  for (let attempt = 0; flights.length < count && attempt < count * 5; attempt += 1) {
    const airline = pick(rand, pool);
    const number = between(rand, airline.numbers[0], airline.numbers[1]);
    const flightCode = `${airline.code}-${number}`;
    if (used.has(flightCode)) continue;
    used.add(flightCode);
    const depMinutes = between(rand, 5 * 12, 21 * 12 + 6) * 5; // 05:00 .. 21:30
    const legs = via ? [leg(from, via, depMinutes, airline), leg(via, to, 0, airline)] : [leg(from, to, depMinutes, airline)];
    if (via) relayout(legs, rand);
    const totalKm = via ? distanceKm(from, via) + distanceKm(via, to) : km;
    const fares = fare(totalKm, airline, isoDate, rand, from, props);
    flights.push({
      airline,
      flightCode,
      from,
      to,
      date: isoDate,
      legs,
      ...fares,
      seats: rand() < 0.7 ? between(rand, 7, 9) : between(rand, 1, 6),
      flightClass: airline.code === 'GA' ? 'Y' : pick(rand, CLASSES),
    });
  }
  return flights.sort((a, b) => (a.legs[0]?.dep ?? '').localeCompare(b.legs[0]?.dep ?? ''));
}

export function findFlight(from: string, to: string, isoDate: string, flightCode: string): ScheduledFlight | undefined {
  const wanted = normaliseFlightCode(flightCode);
  return flightsFor(from, to, isoDate).find((f) => normaliseFlightCode(f.flightCode) === wanted);
}

/** "SJ268", "sj-268", "SJ 268" all name SJ-268. */
export function normaliseFlightCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function needsTransit(from: Airport, to: Airport, km: number, props: boolean): boolean {
  if (props) return km > 700;
  return km > 2600 || (from.tier === 2 && to.tier === 2 && km > 1200);
}

function transitHub(from: Airport, to: Airport): Airport {
  const mid = { ...from, lat: (from.lat + to.lat) / 2, lon: (from.lon + to.lon) / 2 };
  const hubs = HUBS.map((c) => airportByCode(c)).filter((a): a is Airport => !!a && a.code !== from.code && a.code !== to.code);
  const near = from.tier === 3 ? from : to.tier === 3 ? to : mid;
  hubs.sort((a, b) => distanceKm(near, a) - distanceKm(near, b));
  return hubs[0] ?? (MMBC_AIRPORTS[0] as Airport);
}

function blockMinutes(km: number, airline: Airline): number {
  const speed = airline.schedules === 'turboprop' ? 7 : 11; // km per minute, roughly
  return roundTo(km / speed + (airline.schedules === 'turboprop' ? 20 : 30), 5);
}

function leg(from: Airport, to: Airport, depLocalMinutes: number, airline: Airline): FlightLeg {
  const block = blockMinutes(distanceKm(from, to), airline);
  const arrLocal = depLocalMinutes + block + (to.utcOffset - from.utcOffset) * 60;
  return { from, to, dep: clock(depLocalMinutes), arr: clock(arrLocal) };
}

/** Second leg leaves 50-120 minutes after the first lands. */
function relayout(legs: FlightLeg[], rand: () => number): void {
  const [first, second] = legs;
  if (!first || !second) return;
  const depSecond = minutesOf(first.arr) + between(rand, 10, 24) * 5;
  const block = minutesOf(second.arr) - minutesOf(second.dep);
  second.dep = clock(depSecond);
  second.arr = clock(depSecond + block);
}

function fare(km: number, airline: Airline, isoDate: string, rand: () => number, from: Airport, props: boolean) {
  const base = props ? 300_000 + km * 1100 : 250_000 + km * 520;
  const day = weekday(isoDate);
  const peak = day === 5 || day === 0 ? 1.1 : 1;
  const publishAdult = roundTo(base * airline.fareFactor * peak * (0.9 + rand() * 0.35), 100);
  const psc = from.tier === 1 ? 110_000 : from.tier === 2 ? 75_000 : 40_000;
  const taxAdult = roundTo(publishAdult * 0.11 + psc, 100);
  return { publishAdult, taxAdult };
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Fares for a party, as getprice-json and postbooking-json report them. */
export function partyFares(flight: ScheduledFlight, adult: number, child: number, infant: number) {
  const childFare = flight.airline.code === 'GA' ? roundTo(flight.publishAdult * 0.75, 100) : flight.publishAdult;
  const infantFare = roundTo(flight.publishAdult * 0.1, 100);
  const childTax = flight.airline.code === 'GA' ? roundTo(childFare * 0.11 + (flight.taxAdult - flight.publishAdult * 0.11), 100) : flight.taxAdult;
  const infantTax = roundTo(infantFare * 0.11, 100);
  const publish = adult * flight.publishAdult + child * childFare + infant * infantFare;
  const tax = adult * flight.taxAdult + child * childTax + infant * infantTax;
  const total = publish + tax;
  const bonus = roundTo(publish * flight.airline.bonusRate, 10);
  return { publish, tax, total, bonus, nta: total - bonus };
}
