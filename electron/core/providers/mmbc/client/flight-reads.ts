import { z } from 'zod';
import { unparsedToReadError } from '../../http/parse-answer';
import type { ReadResult } from '../../outcome';
import { airlineSchema, areaSchema, flightSchema, priceAnswerSchema, resetPasswordAnswer, type AirlineSearchName } from '../contract/flights';
import { isoToDmy } from '../time';
import { amountOf } from './amounts';
import { invalidInput, neverThrowRead, readRefused, readUnexpected, refusalOf } from './results';
import type { MmbcTransport } from './transport';
import type { FlightQuery, MmbcAirline, MmbcArea, MmbcFlight, MmbcFlightSearch, MmbcPriceQuote, MmbcResetPassword, PriceQuery } from './types';

/** Flight API reads (seed 001): nothing here moves money or holds seats. */
export interface MmbcFlightReads {
  /** resetpassword: identity by email + phone + agent code. The caller stores the new password. */
  resetPassword(input: { email: string; phone: string; agentCode: string; newPassword: string }): Promise<ReadResult<MmbcResetPassword>>;
  getAreas(): Promise<ReadResult<MmbcArea[]>>;
  getAirlines(): Promise<ReadResult<MmbcAirline[]>>;
  /** getflights-json. "no result" is an empty list, not an error. */
  searchFlights(query: FlightQuery): Promise<ReadResult<MmbcFlightSearch>>;
  /** getflight<Airline>/ — documented UNDER MAINTENANCE; expect code 'under_maintenance'. */
  searchFlightsByAirline(airline: AirlineSearchName, query: FlightQuery): Promise<ReadResult<MmbcFlightSearch>>;
  getPrice(query: PriceQuery): Promise<ReadResult<MmbcPriceQuote>>;
}

export function flightReads(transport: MmbcTransport, username: string): MmbcFlightReads {
  const list = <T, S extends z.ZodType>(path: string, schema: S, map: (row: z.output<S>) => T) =>
    neverThrowRead<T[]>(async () => {
      const parsed = await transport.get(path);
      if (!parsed.ok) return unparsedToReadError(parsed);
      const rows = z.array(schema).safeParse(parsed.body);
      if (rows.success) return { ok: true, value: rows.data.map(map) };
      const refusal = refusalOf(parsed.body);
      return refusal !== undefined ? readRefused(refusal) : readUnexpected();
    });

  const search = (path: string, query: FlightQuery, maintenance: boolean) =>
    neverThrowRead<MmbcFlightSearch>(async () => {
      const date = isoToDmy(query.date);
      if (!date) return invalidInput(`Tanggal "${query.date}" tidak valid (YYYY-MM-DD).`);
      const parsed = await transport.post(path, { from: query.from.trim().toUpperCase(), to: query.to.trim().toUpperCase(), date });
      if (!parsed.ok) return unparsedToReadError(parsed);
      if (Array.isArray(parsed.body)) return { ok: true, value: flightRows(parsed.body) };
      const refusal = refusalOf(parsed.body);
      if (refusal === undefined) return readUnexpected();
      if (/^no result$/i.test(refusal)) return { ok: true, value: { flights: [], rejected: 0 } };
      if (maintenance && /failed to receive data/i.test(refusal)) {
        return { ok: false, retryable: false, code: 'under_maintenance', message: refusal };
      }
      return readRefused(refusal);
    });

  return {
    resetPassword: (input) =>
      neverThrowRead(async () => {
        if (input.newPassword.length < 6) return invalidInput('Password baru minimal 6 karakter.');
        const parsed = await transport.postUnauthenticated('/json/resetpassword', {
          username,
          email: input.email,
          phone: input.phone,
          agencode: input.agentCode,
          newpassword: input.newPassword,
        });
        if (!parsed.ok) return unparsedToReadError(parsed);
        const refusal = refusalOf(parsed.body);
        if (refusal !== undefined) return readRefused(refusal);
        const answer = resetPasswordAnswer.safeParse(parsed.body);
        // The echoed password is deliberately dropped: it must not travel further than needed.
        return answer.success ? { ok: true, value: { username: answer.data.username } } : readUnexpected();
      }),
    getAreas: () => list('/json/getcodearea-json', areaSchema, (r) => ({ code: r.code.trim(), city: r.city.trim() })),
    getAirlines: () =>
      list('/json/getcodeflights-json', airlineSchema, (r) => ({ code: r.flight_code.trim(), name: r.flight_name.trim(), image: r.flight_image })),
    searchFlights: (query) => search('/json/getflights-json', query, false),
    searchFlightsByAirline: (airline, query) => search(`/json/getflight${airline}/`, query, true),
    getPrice: (query) => neverThrowRead(() => getPrice(transport, query)),
  };
}

async function getPrice(transport: MmbcTransport, query: PriceQuery): Promise<ReadResult<MmbcPriceQuote>> {
  const date = isoToDmy(query.date);
  if (!date) return invalidInput(`Tanggal "${query.date}" tidak valid (YYYY-MM-DD).`);
  const counts = [query.adult, query.child, query.infant];
  if (!counts.every((n) => Number.isSafeInteger(n) && n >= 0 && n < 100) || query.adult < 1) {
    return invalidInput('Jumlah penumpang tidak valid (minimal 1 dewasa).');
  }
  const parsed = await transport.post('/json/getprice-json', {
    from: query.from.trim().toUpperCase(),
    to: query.to.trim().toUpperCase(),
    date,
    flight: query.flight.trim(),
    adult: String(query.adult),
    child: String(query.child),
    infant: String(query.infant),
  });
  if (!parsed.ok) return unparsedToReadError(parsed);
  const refusal = refusalOf(parsed.body);
  if (refusal !== undefined) {
    if (/^no result$/i.test(refusal)) return { ok: false, retryable: false, code: 'no_result', message: refusal };
    return readRefused(refusal);
  }
  const answer = priceAnswerSchema.safeParse(parsed.body);
  if (!answer.success) return readUnexpected();
  const a = answer.data;
  const publishFare = amountOf(a.publish);
  const tax = amountOf(a.tax);
  const totalFare = amountOf(a.totalfare);
  if (publishFare === undefined || tax === undefined || totalFare === undefined) return readUnexpected();
  const seats = a.flight_seat !== undefined && /^\d+$/.test(a.flight_seat.trim()) ? Number(a.flight_seat) : undefined;
  return {
    ok: true,
    value: {
      airline: a.flight,
      flightCode: a.flight_code,
      seatsLeft: seats,
      from: a.flight_from,
      to: a.flight_to,
      date: a.flight_date,
      transit: a.flight_transit,
      time: a.flight_time,
      flightClass: a.flight_class,
      adult: query.adult,
      child: query.child,
      infant: query.infant,
      publishFare,
      tax,
      totalFare,
    },
  };
}

function flightRows(rows: unknown[]): MmbcFlightSearch {
  const flights: MmbcFlight[] = [];
  let rejected = 0;
  for (const row of rows) {
    const item = flightSchema.safeParse(row);
    const price = item.success ? amountOf(item.data.flight_price) : undefined;
    const times = item.success ? /^\s*(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$/.exec(item.data.flight_datetime) : null;
    if (!item.success || price === undefined || !times) {
      rejected += 1;
      continue;
    }
    const f = item.data;
    const [from = f.flight_from ?? '', to = f.flight_to ?? ''] = (f.flight_route ?? '').split('-').map((s) => s.trim());
    const publish = amountOf(f.flight_publishfare);
    const transit = (f.flight_transit ?? 'Nonstop').trim();
    flights.push({
      airline: f.flight.trim(),
      flightCode: f.flight_code.trim(),
      image: f.flight_image,
      from: (f.flight_from ?? from).trim(),
      to: (f.flight_to ?? to).trim(),
      route: f.flight_route ?? `${f.flight_from ?? from}-${f.flight_to ?? to}`,
      date: f.flight_date,
      transit,
      stops: /nonstop/i.test(transit) ? 0 : Number(/(\d+)/.exec(transit)?.[1] ?? 1),
      infoTransit: f.flight_infotransit?.trim(),
      departureTime: times[1] ?? '',
      arrivalTime: times[2] ?? '',
      price,
      publishFare: publish === undefined || publish === 0 ? undefined : publish,
      baggage: f.flight_baggage,
      facilities: f.flight_facilities,
    });
  }
  return { flights, rejected };
}
