import type { Flight, FlightPrice, FlightSearch } from '../../../renderer/src/stores/flights';

/** A flight row as flights:search answers it; `n` keeps keys and numbers unique by construction. */
export function flight(n: number, over: Partial<Flight> = {}): Flight {
  return {
    key: `CGK-DPS-2026-12-20-F${n}`,
    airline: 'Lion Air',
    airlineCode: 'JT',
    logoUrl: null,
    flightNumber: `JT-${100 + n}`,
    from: 'CGK',
    to: 'DPS',
    route: 'CGK-DPS',
    date: '2026-12-20',
    transitCount: 0,
    transitLabel: 'Nonstop',
    stops: [],
    transitInfo: null,
    departTime: '08:00',
    arriveTime: '10:50',
    arrivesNextDay: false,
    durationMinutes: 110,
    adultPrice: 1_000_000,
    totalPrice: 1_000_000,
    totalIsEstimate: false,
    publishFare: null,
    baggage: null,
    facilities: null,
    international: false,
    ...over,
  };
}

export function searchAnswer(flights: Flight[], over: Partial<FlightSearch> = {}): FlightSearch {
  return { searchedAt: 1, from: 'CGK', to: 'DPS', date: '2026-12-20', adult: 1, child: 0, infant: 0, flights, rejected: 0, ...over };
}

export function priceAnswer(f: Flight, over: Partial<FlightPrice> = {}): FlightPrice {
  return {
    key: f.key,
    airline: f.airline,
    flightNumber: f.flightNumber,
    from: f.from,
    to: f.to,
    date: f.date,
    departTime: f.departTime,
    arriveTime: f.arriveTime,
    transitLabel: f.transitLabel,
    flightClass: 'Y',
    seatsLeft: 9,
    adult: 1,
    child: 0,
    infant: 0,
    publishFare: 900_000,
    tax: 100_000,
    total: 1_000_000,
    changedFrom: null,
    pricedAt: 2,
    international: false,
    sellingPrice: 1_010_000,
    markup: 10_000,
    ...over,
  };
}
