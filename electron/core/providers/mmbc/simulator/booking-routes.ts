import type { SimRequest, SimResponse, SimRoute } from '../../sim-kit';
import { credentialsMatch } from '../auth';
import { formatDeparture, formatTanggal, formatTimeLimit } from '../time';
import type { Booking } from './bookings';
import { checkBooking } from './booking-validation';
import type { MmbcSimContext } from './context';
import { withSeparators } from './deposit';
import { renderEticketPdf } from './eticket-pdf';
import { findFlight, normaliseFlightCode } from './flight-schedule';
import { searchDate } from './flight-routes';
import { bookingInfoTransit, routeOf, timeOf, transitOf } from './flight-text';
import { formOf, htmlNotFound, no, ok } from './sim-http';

/** postbooking-json, getissued-json, getstatusbooking-json, getetiket-json and the PDF link. */
export function bookingRoutes(ctx: MmbcSimContext): SimRoute[] {
  const authed = (handler: (form: Record<string, string>, req: SimRequest) => SimResponse) => (req: SimRequest) => {
    const form = formOf(req);
    return credentialsMatch(form, ctx.account) ? handler(form, req) : no('invalid login');
  };
  return [
    { method: 'POST', path: '/json/postbooking-json', endpoint: 'postbooking', handle: authed((form) => postBooking(ctx, form)) },
    { method: 'POST', path: '/json/getissued-json', endpoint: 'getissued', handle: authed((form) => issue(ctx, code(form))) },
    {
      method: 'POST',
      path: '/json/getstatusbooking-json',
      endpoint: 'getstatusbooking',
      handle: authed((form) => {
        const booking = ctx.bookings.find(code(form));
        if (!booking) return no(`Invalid Kode Booking ${code(form)}!`);
        return ok({ result: 'ok', kodebooking: booking.code, status: booking.status });
      }),
    },
    {
      method: 'POST',
      path: '/json/getetiket-json',
      endpoint: 'getetiket',
      handle: authed((form, req) => {
        const booking = ctx.bookings.find(code(form));
        if (!booking || booking.status !== 'issued') return no('Invalid Kode Booking!');
        const host = String(req.headers.host ?? '127.0.0.1');
        return ok({ result: 'ok', reason: `link download etiket http://${host}/getbook/etiket/etiket-${booking.code}.pdf` });
      }),
    },
    {
      method: 'GET',
      path: /^\/getbook\/etiket\/etiket-[A-Za-z0-9]+\.pdf$/,
      endpoint: 'etiket-pdf',
      handle: (req) => {
        const wanted = /etiket-([A-Za-z0-9]+)\.pdf$/.exec(req.path)?.[1] ?? '';
        const booking = ctx.bookings.find(wanted);
        if (!booking || booking.status !== 'issued') return htmlNotFound();
        return { status: 200, bytes: renderEticketPdf(eticketData(ctx, booking)), contentType: 'application/pdf' };
      },
    },
  ];
}

const code = (form: Record<string, string>) => (form.kodebooking ?? '').trim().toUpperCase();

function postBooking(ctx: MmbcSimContext, form: Record<string, string>): SimResponse {
  const date = searchDate(ctx, form.date);
  const flight = date ? findFlight(form.from ?? '', form.to ?? '', date, form.flight ?? '') : undefined;
  const refusal = (message: string, seats: number): SimResponse => ({
    status: 200,
    // Booking refusals carry `message`, not `reason`, and the flight code without its dash (seed sample).
    json: { result: 'no', flight_code: normaliseFlightCode(form.flight ?? ''), flight_seat: String(seats), kodebooking: '', message },
  });
  if (!flight) return refusal('no result', 0);
  const seats = ctx.bookings.seatsLeft(flight);
  const checked = checkBooking(form, flight);
  if (!checked.ok) return refusal(checked.messages.join('\r\n'), seats);
  const { adult, child } = checked.value.counts;
  if (seats < adult + child) return refusal(`Seat tidak mencukupi, sisa seat ${seats}`, seats);
  return ok(bookingAnswer(ctx.bookings.create(checked.value)));
}

function bookingAnswer(b: Booking) {
  const f = b.flight;
  return {
    login: 'yes',
    result: 'ok',
    flight: f.airline.name,
    flight_code: f.flightCode,
    kodebooking: b.code,
    flight_from: f.from.code,
    flight_to: f.to.code,
    flight_route: routeOf(f),
    flight_departure: formatDeparture(f.date, f.legs[0]?.dep ?? '00:00'),
    flight_time: timeOf(f),
    flight_transit: transitOf(f),
    flight_infotransit: bookingInfoTransit(f),
    flight_class: f.flightClass,
    flight_totalpassenger: String(b.passengers.length),
    flight_datapassengers: JSON.stringify(
      b.passengers.map((p) => ({
        passenger_title: p.title,
        passenger_fullname: p.fullname,
        passenger_type: p.type === 'adult' ? 'Adult' : p.type === 'child' ? 'Child' : 'Infant',
        passenger_baggageintl: p.baggage,
        passenger_ffnumber: '',
        passenger_dob: p.dob,
        passenger_passportnumber: p.passportNumber,
        passenger_passportexpired: p.passportExpired,
      })),
    ),
    flight_contactdetails: JSON.stringify({
      contact_title: b.contact.title,
      contact_fullname: b.contact.fullname,
      contact_email: b.contact.email,
      contact_phone: b.contact.phone,
    }),
    flight_publishfare: String(b.fares.publish),
    flight_tax: String(b.fares.tax),
    flight_totalfare: String(b.fares.total),
    flight_shownta: String(b.fares.nta),
    flight_bonus_agen: String(b.fares.bonus),
    flight_timelimit: formatTimeLimit(b.timeLimitAt),
    flight_statusbooking: b.status,
  };
}

function issue(ctx: MmbcSimContext, kodebooking: string): SimResponse {
  const decision = ctx.bookings.issue(kodebooking);
  switch (decision.kind) {
    case 'not_found':
      return no(`Kode Booking ${kodebooking} tidak ditemukan, silakan periksa kembali kode bookingnya.`);
    case 'state': {
      const s = decision.booking.status;
      return no(`status kode booking ${kodebooking} adalah ${s.charAt(0).toUpperCase()}${s.slice(1)}`);
    }
    case 'insufficient':
      return no(`Sisa saldo tidak cukup untuk Issued tiket, sisa saldo anda adalah ${withSeparators(decision.balance)}.`);
    case 'pending':
      return ok({ result: 'ok', reason: ` Kode Booking ${kodebooking} sedang dalam proses issued, silakan cek status kode booking.` });
    case 'issued':
      return ok({
        result: 'ok',
        reason: ` Kode Booking ${kodebooking} sudah berhasil terissued!`,
        ticket_number: decision.booking.ticketNumber,
      });
  }
}

function eticketData(ctx: MmbcSimContext, b: Booking) {
  const f = b.flight;
  const tickets = b.ticketNumber.split('|');
  return {
    bookingCode: b.code,
    airline: f.airline.name,
    flightCode: f.flightCode,
    route: routeOf(f),
    routeCities: `${f.from.city} (${f.from.code}) - ${f.to.city} (${f.to.code})`,
    departure: formatDeparture(f.date, f.legs[0]?.dep ?? '00:00'),
    flightTime: timeOf(f),
    transit: transitOf(f),
    flightClass: f.flightClass,
    passengers: b.passengers.map((p, i) => ({
      title: p.title,
      fullname: p.fullname,
      type: p.type === 'adult' ? 'Dewasa' : p.type === 'child' ? 'Anak' : 'Bayi',
      ticket: tickets[i] ?? tickets[0] ?? 'Confirm',
    })),
    contact: `${b.contact.title}. ${b.contact.fullname}, ${b.contact.phone}, ${b.contact.email}`,
    baggage: f.airline.baggage,
    issuedAt: formatTanggal(b.issuedAt ?? ctx.now()),
    agent: ctx.account.kodeagen,
  };
}
