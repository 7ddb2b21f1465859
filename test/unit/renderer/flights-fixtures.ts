import type { Flight, FlightPrice, FlightSearch } from '../../../renderer/src/stores/flights';
import type { Booking, BookingSummary } from '../../../renderer/src/stores/bookings';

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

export type BookingFixture = Booking;
export type BookingSummaryFixture = BookingSummary;

/** A booking as flights:booking answers it, waiting for payment; `n` keeps ids and codes unique. */
export function booking(n: number, over: Partial<BookingFixture> = {}): BookingFixture {
  return {
    id: n,
    bookingCode: `BK${1000 + n}`,
    status: 'waiting',
    airline: 'Lion Air',
    flightNumber: `JT-${100 + n}`,
    from: 'CGK',
    to: 'DPS',
    route: 'CGK-DPS',
    travelDate: '2026-12-20',
    departTime: '08:00',
    arriveTime: '10:50',
    transitLabel: 'Nonstop',
    flightClass: 'Y',
    international: false,
    adult: 1,
    child: 0,
    infant: 0,
    passengers: [
      { type: 'adult', title: 'Mr', fullName: 'Budi Santoso', dateOfBirth: null, baggage: null, passportNumber: null, passportCountry: null, passportExpiry: null, ticketNumber: null },
    ],
    contact: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081234567890' },
    publishFare: 900_000,
    tax: 100_000,
    totalFare: 1_000_000,
    ntaPrice: 985_000,
    agentBonus: 15_000,
    markup: 10_000,
    sellingPrice: 1_010_000,
    timeLimitAt: 1_900_000_000_000,
    timeLimitText: '20 Dec 2026 06:00',
    createdAt: 1_800_000_000_000,
    statusCheckedAt: null,
    saleId: null,
    saleState: null,
    eticketSaved: false,
    issueBlockedReason: null,
    ...over,
  };
}

export function bookingSummary(b: BookingFixture): BookingSummaryFixture {
  return {
    id: b.id,
    bookingCode: b.bookingCode,
    status: b.status,
    airline: b.airline,
    flightNumber: b.flightNumber,
    from: b.from,
    to: b.to,
    travelDate: b.travelDate,
    departTime: b.departTime,
    sellingPrice: b.sellingPrice,
    timeLimitAt: b.timeLimitAt,
    createdAt: b.createdAt,
    saleId: b.saleId,
    saleState: b.saleState,
    leadPassenger: `${b.passengers[0]!.title}. ${b.passengers[0]!.fullName}`,
    passengerCount: b.passengers.length,
  };
}
