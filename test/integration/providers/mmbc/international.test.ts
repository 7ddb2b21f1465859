import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingRequest, MmbcFlight, PassengerInput } from '../../../../electron/core/providers/mmbc';
import { daysAhead, dmy, startHarness, type Harness } from './helpers';

/** International routes (passports at postbooking) and the booking control hooks under /__sim-state/. */
let h: Harness;
let nextDay = 9;
beforeAll(async () => {
  h = await startHarness({ initialBalance: 20_000_000, bookingTimeLimitMs: 60 * 60_000 });
});
afterAll(async () => h.sim.close());

const NO_DOB = /^(QG|QZ|JQ)-/;

/** A flight on `from`-`to` (a fresh date each call) whose airline does not ask for dates of birth, with seats for two. */
async function flightOn(from: string, to: string): Promise<MmbcFlight> {
  for (let tries = 0; tries < 40; tries += 1) {
    const date = daysAhead(nextDay++);
    const r = await h.client.searchFlights({ from, to, date });
    for (const hit of r.ok ? r.value.flights.filter((f) => !NO_DOB.test(f.flightCode)) : []) {
      const quote = await h.client.getPrice({ from, to, date, flight: hit.flightCode, adult: 2, child: 0, infant: 0 });
      if (quote.ok && (quote.value.seatsLeft ?? 0) >= 2) return hit;
    }
  }
  throw new Error(`no ${from}-${to} flight in 40 days`);
}

/** ISO date `months` after an ISO date (day clamped to 28 so every month has it). */
function monthsAfter(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = (m - 1) + months;
  return `${y + Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
}

function request(f: MmbcFlight, passengers: PassengerInput[]): BookingRequest {
  return { from: f.from, to: f.to, date: f.date ?? '', flight: f.flightCode, email: 'kasir@loket.test', phone: '081234567000', passengers };
}

async function inspectBooking(code: string) {
  const res = await fetch(`${h.sim.baseUrl}/__sim-state/mmbc/bookings`);
  const all = (await res.json()) as { kodebooking: string; status: string; passports: { number: string; expired: string }[] }[];
  return all.find((b) => b.kodebooking === code);
}

describe('postbooking on an international route (CGK-SIN)', () => {
  it('serves the international cities in getcodearea and flights between Jakarta and Singapore', async () => {
    const areas = await h.client.getAreas();
    if (!areas.ok) throw new Error(areas.message);
    expect(areas.value.map((a) => a.code)).toEqual(expect.arrayContaining(['SIN', 'KUL', 'BKK', 'PEN']));
    const f = await flightOn('CGK', 'SIN');
    expect(f).toMatchObject({ from: 'CGK', to: 'SIN' });
    expect(f.price).toBeGreaterThan(0);
  });

  it('refuses a booking without passports, one line per missing field per passenger', async () => {
    const f = await flightOn('CGK', 'SIN');
    const r = await h.client.book(request(f, [
      { type: 'adult', title: 'Mr', name: 'Budi Santoso', passportNumber: 'B1234567', passportExpiry: monthsAfter(f.date ?? '', 24) },
      { type: 'adult', title: 'Mrs', name: 'Sari Dewi' },
    ]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.split('\n')).toEqual([
      'Psg 2 passport number is required for international route !',
      'Psg 2 passport expired date is required for international route !',
    ]);
  });

  it('refuses a passport that expires less than 6 months after departure', async () => {
    const f = await flightOn('CGK', 'SIN');
    const short = monthsAfter(f.date ?? '', 5);
    const r = await h.client.book(request(f, [
      { type: 'adult', title: 'Mr', name: 'Budi Santoso', passportNumber: 'B1234567', passportExpiry: short },
    ]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe(`Psg 1 passport expired date '${dmy(short)}' must be at least 6 months after departure !`);
  });

  it('books with every passport valid for 6 months and stores what it got', async () => {
    const f = await flightOn('CGK', 'SIN');
    const expiry = monthsAfter(f.date ?? '', 7);
    const r = await h.client.book(request(f, [
      { type: 'adult', title: 'Mr', name: 'Budi Santoso', passportNumber: 'B1234567', passportExpiry: expiry },
      { type: 'adult', title: 'Mrs', name: 'Sari Dewi', passportNumber: 'C7654321', passportExpiry: monthsAfter(f.date ?? '', 60) },
    ]));
    if (!r.ok) throw new Error(r.message);
    expect((await inspectBooking(r.value.bookingCode))?.passports).toEqual([
      { number: 'B1234567', expired: dmy(expiry) },
      { number: 'C7654321', expired: dmy(monthsAfter(f.date ?? '', 60)) },
    ]);
  });

  it('asks no passport on a domestic route', async () => {
    const f = await flightOn('CGK', 'DPS');
    const r = await h.client.book(request(f, [{ type: 'adult', title: 'Mr', name: 'Budi Santoso' }]));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.status).toBe('waiting');
  });
});

describe('booking control hooks', () => {
  async function held(): Promise<string> {
    const f = await flightOn('CGK', 'DPS');
    const r = await h.client.book(request(f, [{ type: 'adult', title: 'Mr', name: 'Budi Santoso' }]));
    if (!r.ok) throw new Error(r.message);
    return r.value.bookingCode;
  }
  const hook = (code: string, action: string) => fetch(`${h.sim.baseUrl}/__sim-state/mmbc/bookings/${code}/${action}`, { method: 'POST' });

  it('POST .../expire ends a waiting booking: getstatusbooking then says expired', async () => {
    const code = await held();
    const res = await hook(code, 'expire');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ kodebooking: code, status: 'expired' });
    expect(await h.client.getBookingStatus(code)).toEqual({ ok: true, value: { bookingCode: code, status: 'expired' } });
    expect((await hook(code, 'expire')).status).toBe(409);
  });

  it('POST .../cancel cancels a booking as the airline would', async () => {
    const code = await held();
    const res = await hook(code, 'cancel');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ kodebooking: code, status: 'cancel' });
    expect((await inspectBooking(code))?.status).toBe('cancel');
  });

  it('answers 404 for a booking it does not hold (codes are 6 letters, so NOPE1 is none)', async () => {
    expect((await hook('NOPE1', 'cancel')).status).toBe(404);
  });
});
