import type { NewBooking } from '../../electron/core/flights/booking-store';

/**
 * A stored booking row for tests of the booking store, service and migration: one adult, CGK-DPS,
 * amounts that hold together (total = publish + tax, NTA + bonus = total, selling = total + markup).
 * `code` keeps rows unique by construction; `over` changes what a test is about.
 */
export function bookingRow(code: string, over: Partial<NewBooking> = {}): NewBooking {
  return {
    bookingCode: code,
    requestId: `req-${code}`,
    requestHash: 'h',
    status: 'waiting',
    airline: 'Lion Air',
    flightNumber: 'JT-690',
    fromCode: 'CGK',
    toCode: 'DPS',
    route: 'CGK-DPS',
    travelDate: '2026-12-20',
    departTime: '08:00',
    arriveTime: '10:50',
    transitLabel: 'Nonstop',
    flightClass: 'Y',
    international: 0,
    adult: 1,
    child: 0,
    infant: 0,
    passengers: [{ type: 'adult', title: 'Mr', fullName: 'Budi Santoso', dateOfBirth: null, baggage: null, passportNumber: null, passportCountry: null, passportExpiry: null, ticketNumber: null }],
    contactName: 'Mr. Budi Santoso',
    contactEmail: 'budi@contoh.co.id',
    contactPhone: '081234560101',
    publishFare: 900_000,
    tax: 100_000,
    totalFare: 1_000_000,
    ntaPrice: 980_000,
    agentBonus: 20_000,
    markup: 10_000,
    sellingPrice: 1_010_000,
    timeLimitAt: Date.UTC(2026, 10, 24, 5, 0, 0),
    timeLimitText: '24 Nov 2026 12:00',
    createdAt: 1,
    ...over,
  };
}
