import { unparsedToReadError, type Parsed } from '../../http/parse-answer';
import type { ReadResult } from '../../outcome';
import { refusalSchema } from '../contract/common';
import {
  bookingAnswerSchema,
  bookingStatusWord,
  contactWireSchema,
  PASSENGER_TITLES,
  passengerWireSchema,
  type PassengerType,
} from '../contract/flights';
import { isoToDmy, parseTimeLimit } from '../time';
import { amountOf } from './amounts';
import { readRefused, readUnexpected } from './results';
import type { BookingRequest, MmbcBookedPassenger, MmbcBooking, PassengerInput } from './types';

/** postbooking-json: request fields from a typed request, and its answer back to a typed booking. */
const ORDER: Record<PassengerType, number> = { adult: 0, child: 1, infant: 2 };

type Fields = { ok: true; value: Record<string, string>; order: PassengerInput[] } | { ok: false; message: string };

export function bookingFields(request: BookingRequest): Fields {
  const date = isoToDmy(request.date);
  if (!date) return { ok: false, message: `Tanggal "${request.date}" tidak valid (YYYY-MM-DD).` };
  // MMBC reads passengers positionally: adults, then children, then infants.
  const order = [...request.passengers].sort((a, b) => ORDER[a.type] - ORDER[b.type]);
  const count = (t: PassengerType) => order.filter((p) => p.type === t).length;
  if (count('adult') < 1) return { ok: false, message: 'Minimal satu penumpang dewasa.' };
  for (const [i, p] of order.entries()) {
    if (p.name.trim() === '' || /[:]/.test(p.name)) return { ok: false, message: `Nama penumpang ${i + 1} kosong atau memuat ":".` };
    // The optional lists are positional too: one ":" in a passport number or baggage shifts every later passenger's value.
    if (/[:]/.test(p.passportNumber ?? '') || /[:]/.test(p.baggage ?? '')) {
      return { ok: false, message: `Nomor paspor/bagasi penumpang ${i + 1} memuat ":".` };
    }
    if (!PASSENGER_TITLES[p.type].includes(p.title)) {
      return { ok: false, message: `Sebutan "${p.title}" tidak berlaku untuk ${p.type} (pilih ${PASSENGER_TITLES[p.type].join('/')}).` };
    }
  }
  const dates = (pick: (p: PassengerInput) => string | undefined) => order.map((p) => (pick(p) ? isoToDmy(pick(p) ?? '') : ''));
  const dobs = dates((p) => p.dateOfBirth);
  const passportExpiry = dates((p) => p.passportExpiry);
  if (dobs.includes(undefined) || passportExpiry.includes(undefined)) return { ok: false, message: 'Tanggal lahir/paspor tidak valid (YYYY-MM-DD).' };
  const fields: Record<string, string> = {
    flight: request.flight.trim(),
    from: request.from.trim().toUpperCase(),
    to: request.to.trim().toUpperCase(),
    date,
    adult: String(count('adult')),
    child: String(count('child')),
    infant: String(count('infant')),
    email: request.email.trim(),
    phone: request.phone.trim(),
    passengername: order.map((p) => `${p.title}. ${p.name.trim().replace(/\s+/g, ' ')}`).join(':'),
  };
  const optional = (name: string, values: (string | undefined)[]) => {
    if (values.some((v) => v)) fields[name] = values.map((v) => v ?? '').join(':');
  };
  optional('dateofbirth', dobs);
  optional('baggagevolume', order.map((p) => p.baggage?.trim()));
  optional('passportnumber', order.map((p) => p.passportNumber?.trim()));
  optional('passportexpired', passportExpiry);
  return { ok: true, value: fields, order };
}

export function mapBookingAnswer(parsed: Parsed<unknown>, order: PassengerInput[]): ReadResult<MmbcBooking> {
  if (!parsed.ok) return unparsedToReadError(parsed);
  const refusal = refusalSchema.safeParse(parsed.body);
  if (refusal.success) {
    const { reason, message } = refusal.data;
    if (reason && /invalid login|failed login/i.test(reason)) return readRefused(reason);
    const text = (message ?? reason ?? '').replace(/\r\n/g, '\n').trim();
    return { ok: false, retryable: false, code: 'booking_refused', message: text || 'Booking ditolak MMBC.' };
  }
  const answer = bookingAnswerSchema.safeParse(parsed.body);
  if (!answer.success) return readUnexpected();
  const a = answer.data;
  const [publishFare, tax, totalFare, ntaPrice] = [a.flight_publishfare, a.flight_tax, a.flight_totalfare, a.flight_shownta].map(amountOf);
  if (publishFare === undefined || tax === undefined || totalFare === undefined || ntaPrice === undefined) return readUnexpected();
  const limit = a.flight_timelimit ? parseTimeLimit(a.flight_timelimit) : undefined;
  return {
    ok: true,
    value: {
      bookingCode: a.kodebooking.trim(),
      airline: a.flight,
      flightCode: a.flight_code,
      from: a.flight_from,
      to: a.flight_to,
      route: a.flight_route,
      departure: a.flight_departure,
      time: a.flight_time,
      transit: a.flight_transit,
      infoTransit: a.flight_infotransit,
      flightClass: a.flight_class,
      passengers: passengersOf(a.flight_datapassengers, order),
      contact: contactOf(a.flight_contactdetails),
      publishFare,
      tax,
      totalFare,
      ntaPrice,
      agentBonus: amountOf(a.flight_bonus_agen),
      timeLimitText: a.flight_timelimit,
      timeLimitAt: limit === undefined ? undefined : new Date(limit).toISOString(),
      status: a.flight_statusbooking ? bookingStatusWord(a.flight_statusbooking) : undefined,
    },
  };
}

/** flight_datapassengers is JSON inside a string; if it does not decode, fall back to what we sent. */
function passengersOf(text: string | undefined, order: PassengerInput[]): MmbcBookedPassenger[] {
  const rows = decode(text);
  const parsed = Array.isArray(rows) ? rows.map((r) => passengerWireSchema.safeParse(r)) : [];
  if (parsed.length > 0 && parsed.every((p) => p.success)) {
    return parsed.map((p) => {
      const d = p.success ? p.data : {};
      return {
        title: d.passenger_title ?? '',
        fullname: d.passenger_fullname ?? '',
        type: (d.passenger_type ?? '').toLowerCase(),
        dateOfBirth: d.passenger_dob || undefined,
      };
    });
  }
  return order.map((p) => ({ title: p.title, fullname: p.name.trim(), type: p.type, dateOfBirth: p.dateOfBirth }));
}

function contactOf(text: string | undefined): MmbcBooking['contact'] {
  const parsed = contactWireSchema.safeParse(decode(text));
  if (!parsed.success) return undefined;
  const c = parsed.data;
  return { title: c.contact_title ?? '', fullname: c.contact_fullname ?? '', email: c.contact_email ?? '', phone: c.contact_phone ?? '' };
}

function decode(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
