import type { SimRoute } from '../../sim-kit';
import { MMBC_AIRLINES } from '../catalog/airlines';
import { MMBC_AIRPORTS } from '../catalog/airports';
import { AIRLINE_SEARCH_NAMES } from '../contract/flights';
import { credentialsMatch } from '../auth';
import { daysBetween, dmyToIso, wibIsoDate } from '../time';
import type { MmbcSimContext } from './context';
import { withSeparators } from './deposit';
import { findFlight, flightsFor, partyFares, type ScheduledFlight } from './flight-schedule';
import { publishFareField, routeOf, searchInfoTransit, timeOf, transitOf } from './flight-text';
import { airlineLogoPng, LOGO_PATH } from './airline-logo-png';
import { formOf, no, ok } from './sim-http';

/** resetpassword, the two code lists, the searches and getprice-json. */
export function flightRoutes(ctx: MmbcSimContext): SimRoute[] {
  const airlineSearch = new RegExp(`^/json/getflight(${AIRLINE_SEARCH_NAMES.join('|')})/?$`, 'i');
  return [
    { method: 'POST', path: '/json/resetpassword', endpoint: 'resetpassword', handle: (req) => resetPassword(ctx, formOf(req)) },
    {
      method: 'GET',
      path: LOGO_PATH,
      endpoint: 'airline-logo',
      handle: (req) => {
        const code = LOGO_PATH.exec(req.path)?.[1] ?? '';
        if (!MMBC_AIRLINES.some((a) => a.code === code)) return { status: 404, text: 'Not Found', contentType: 'text/plain' };
        return { status: 200, bytes: airlineLogoPng(code), contentType: 'image/png' };
      },
    },
    {
      method: 'GET',
      path: '/json/getcodearea-json',
      endpoint: 'getcodearea',
      handle: () => ok(MMBC_AIRPORTS.map((a) => ({ code: a.code, city: a.city }))),
    },
    {
      method: 'GET',
      path: '/json/getcodeflights-json',
      endpoint: 'getcodeflights',
      handle: () =>
        ok(
          [...MMBC_AIRLINES]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((a) => ({ flight_code: a.code, flight_name: a.name, flight_image: ctx.logoUrl(a.code) })),
        ),
    },
    {
      method: 'POST',
      path: '/json/getflights-json',
      endpoint: 'getflights',
      handle: (req) => {
        const form = formOf(req);
        if (!credentialsMatch(form, ctx.account)) return no('invalid login');
        const date = searchDate(ctx, form.date);
        const flights = date ? flightsFor(form.from ?? '', form.to ?? '', date).filter((f) => ctx.bookings.seatsLeft(f) > 0) : [];
        return flights.length === 0 ? no('no result') : ok(flights.map((f) => searchRow(ctx, f)));
      },
    },
    {
      // Documented as UNDER MAINTENANCE: the simulator answers the documented failure, always.
      method: 'POST',
      path: airlineSearch,
      endpoint: 'getflight-airline',
      handle: (req) => (credentialsMatch(formOf(req), ctx.account) ? no('failed to receive data') : no('system failed login')),
    },
    { method: 'POST', path: '/json/getprice-json', endpoint: 'getprice', handle: (req) => getPrice(ctx, formOf(req)) },
  ];
}

function resetPassword(ctx: MmbcSimContext, form: Record<string, string>) {
  const a = ctx.account;
  const same = (x: string | undefined, y: string) => (x ?? '').trim().toLowerCase() === y.toLowerCase();
  const known = same(form.username, a.username) && same(form.email, a.email) && same(form.phone, a.phone) && same(form.agencode, a.kodeagen);
  if (!known) return no('data invalid');
  const newPassword = form.newpassword ?? '';
  if (newPassword.length < 6) return no('password minimal 6 characters');
  a.password = newPassword;
  return ok({ result: 'ok', username: a.username, newpassword: newPassword });
}

/** A bookable date: dd-mm-yyyy, today (WIB) up to 365 days ahead. */
export function searchDate(ctx: MmbcSimContext, dmy: string | undefined): string | undefined {
  const iso = dmy ? dmyToIso(dmy) : undefined;
  if (!iso) return undefined;
  const ahead = daysBetween(wibIsoDate(ctx.now()), iso);
  return ahead >= 0 && ahead <= 365 ? iso : undefined;
}

function searchRow(ctx: MmbcSimContext, f: ScheduledFlight) {
  return {
    flight: f.airline.name,
    flight_code: f.flightCode,
    flight_image: ctx.logoUrl(f.airline.code),
    flight_from: f.from.code,
    flight_to: f.to.code,
    flight_route: routeOf(f),
    flight_date: f.date,
    flight_transit: transitOf(f),
    flight_infotransit: searchInfoTransit(f),
    flight_datetime: timeOf(f),
    flight_price: String(f.publishAdult + f.taxAdult),
    flight_publishfare: publishFareField(f),
    flight_baggage: f.airline.baggage,
    flight_facilities: f.airline.facilities,
  };
}

/** Party sizes MMBC-style: adult >= 1, adult + child <= 7, infant <= adult. */
export function partyOf(form: Record<string, string>): { adult: number; child: number; infant: number } | undefined {
  const n = (v: string | undefined) => (v !== undefined && /^\d{1,2}$/.test(v.trim()) ? Number(v) : NaN);
  const adult = n(form.adult);
  const child = n(form.child);
  const infant = n(form.infant);
  if (![adult, child, infant].every(Number.isInteger)) return undefined;
  if (adult < 1 || adult + child > 7 || infant > adult) return undefined;
  return { adult, child, infant };
}

function getPrice(ctx: MmbcSimContext, form: Record<string, string>) {
  if (!credentialsMatch(form, ctx.account)) return no('invalid login', { login: 'no' });
  const date = searchDate(ctx, form.date);
  const party = partyOf(form);
  const flight = date ? findFlight(form.from ?? '', form.to ?? '', date, form.flight ?? '') : undefined;
  if (!flight || !party) return no('no result', { login: 'yes' });
  const seats = ctx.bookings.seatsLeft(flight);
  if (seats < party.adult + party.child) return no('no result', { login: 'yes' });
  const fares = partyFares(flight, party.adult, party.child, party.infant);
  return ok({
    login: 'yes',
    result: 'ok',
    flight: flight.airline.name,
    flight_code: flight.flightCode,
    flight_image: ctx.logoUrl(flight.airline.code),
    flight_seat: String(seats),
    flight_from: flight.from.code,
    flight_to: flight.to.code,
    flight_date: flight.date,
    flight_transit: transitOf(flight),
    flight_infotransit: searchInfoTransit(flight),
    flight_time: timeOf(flight),
    flight_class: flight.flightClass,
    adult: String(party.adult),
    child: String(party.child),
    infant: String(party.infant),
    publish: withSeparators(fares.publish),
    tax: withSeparators(fares.tax),
    totalfare: withSeparators(fares.total),
  });
}
