import type { z } from 'zod';
import type { bookingSummaryView, bookingView } from '../api/channels/flights';
import { passengersOf, type BookingRow, type IssueSale } from './booking-store';

export type BookingView = z.output<typeof bookingView>;
export type BookingSummary = z.output<typeof bookingSummaryView>;

const OPEN_SALE = new Set(['committed', 'sent', 'pending', 'unknown']);

/**
 * Why flights:issue refuses this booking now, in the cashier's words; null = it may be issued. The
 * local clock decides the time limit: a booking past it is not issuable even before MMBC says expired.
 */
export function issueBlockedReason(row: BookingRow, sale: IssueSale | undefined, now: number): string | null {
  if (sale?.state === 'success' || row.status === 'issued') return `Booking ${row.bookingCode} sudah di-issue${sale ? ` (transaksi #${sale.id})` : ''}.`;
  if (sale && OPEN_SALE.has(sale.state)) return `Issue booking ${row.bookingCode} sedang diproses (transaksi #${sale.id}): tunggu hasilnya, jangan issue ulang.`;
  if (row.status === 'expired') return `Booking ${row.bookingCode} sudah kedaluwarsa (expired): kursi dilepas maskapai. Pesan ulang.`;
  if (row.status === 'cancel') return `Booking ${row.bookingCode} dibatalkan (cancel). Pesan ulang.`;
  if (row.status === 'pending') return `Booking ${row.bookingCode} sedang diproses MMBC (pending): tunggu hasilnya.`;
  if (row.timeLimitAt !== null && now >= row.timeLimitAt) {
    return `Batas waktu pembayaran booking ${row.bookingCode}${row.timeLimitText ? ` (${row.timeLimitText} WIB)` : ''} sudah lewat: tidak bisa di-issue. Pesan ulang.`;
  }
  return null;
}

export function toBookingView(row: BookingRow, sale: IssueSale | undefined, now: number): BookingView {
  return {
    id: row.id,
    bookingCode: row.bookingCode,
    status: row.status,
    airline: row.airline,
    flightNumber: row.flightNumber,
    from: row.fromCode,
    to: row.toCode,
    route: row.route,
    travelDate: row.travelDate,
    departTime: row.departTime,
    arriveTime: row.arriveTime,
    transitLabel: row.transitLabel,
    flightClass: row.flightClass,
    international: row.international === 1,
    adult: row.adult,
    child: row.child,
    infant: row.infant,
    passengers: passengersOf(row),
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    publishFare: row.publishFare,
    tax: row.tax,
    totalFare: row.totalFare,
    ntaPrice: row.ntaPrice,
    agentBonus: row.agentBonus,
    markup: row.markup,
    sellingPrice: row.sellingPrice,
    timeLimitAt: row.timeLimitAt,
    timeLimitText: row.timeLimitText,
    createdAt: row.createdAt,
    statusCheckedAt: row.statusCheckedAt,
    saleId: sale?.id ?? row.saleId,
    saleState: sale?.state ?? null,
    eticketSaved: row.eticketFile !== null,
    issueBlockedReason: issueBlockedReason(row, sale, now),
  };
}

export function toBookingSummary(row: BookingRow & { saleState: IssueSale['state'] | null }): BookingSummary {
  const passengers = passengersOf(row);
  const first = passengers[0];
  const lead = first ? `${first.title}. ${first.fullName}` : '';
  return {
    id: row.id,
    bookingCode: row.bookingCode,
    status: row.status,
    airline: row.airline,
    flightNumber: row.flightNumber,
    from: row.fromCode,
    to: row.toCode,
    travelDate: row.travelDate,
    departTime: row.departTime,
    sellingPrice: row.sellingPrice,
    timeLimitAt: row.timeLimitAt,
    createdAt: row.createdAt,
    saleId: row.saleId,
    saleState: row.saleState,
    leadPassenger: passengers.length > 1 ? `${lead} +${passengers.length - 1}` : lead,
    passengerCount: passengers.length,
  };
}
