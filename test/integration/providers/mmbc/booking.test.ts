import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingRequest, MmbcClient, MmbcFlight, PassengerInput } from '../../../../electron/core/providers/mmbc';
import { daysAhead, pdfProblems, pdfText, startHarness, type Harness } from './helpers';

/** postbooking / getissued / getstatusbooking / getetiket, time limits and the PDF e-ticket. */
let h: Harness;
let nextDay = 7;
beforeAll(async () => {
  h = await startHarness({ initialBalance: 20_000_000, bookingTimeLimitMs: 60 * 60_000 });
});
afterAll(async () => h.sim.close());

const DOB_AIRLINES = /^(QG|QZ|JQ)-/;

/**
 * A flight on CGK-SUB matching `wanted` with seats for `seats` passengers (a fresh date each time).
 * The simulator's schedule gives some flights only 1-6 seats, depending on the date: a flight
 * picked without asking could be short for a party of three on some days and not others.
 */
async function flightWhere(client: MmbcClient, wanted: (f: MmbcFlight) => boolean, seats = 1): Promise<MmbcFlight> {
  for (let tries = 0; tries < 40; tries += 1) {
    const date = daysAhead(nextDay++);
    const r = await client.searchFlights({ from: 'CGK', to: 'SUB', date });
    for (const hit of r.ok ? r.value.flights.filter(wanted) : []) {
      const quote = await client.getPrice({ from: hit.from, to: hit.to, date, flight: hit.flightCode, adult: seats, child: 0, infant: 0 });
      if (quote.ok && (quote.value.seatsLeft ?? 0) >= seats) return hit;
    }
  }
  throw new Error('no matching flight in 40 days');
}

const ADULT: PassengerInput = { type: 'adult', title: 'Mr', name: 'Fransiskus', dateOfBirth: '1987-09-02' };

function request(f: MmbcFlight, phone: string, passengers: PassengerInput[] = [ADULT]): BookingRequest {
  return { from: f.from, to: f.to, date: f.date ?? '', flight: f.flightCode, email: 'kasir@loket.test', phone, passengers };
}

async function book(phone = '081234560000', wanted: (f: MmbcFlight) => boolean = () => true) {
  const flight = await flightWhere(h.client, wanted);
  const booked = await h.client.book(request(flight, phone));
  if (!booked.ok) throw new Error(booked.message);
  return { flight, booking: booked.value };
}

describe('postbooking-json', () => {
  it('holds a booking: code, fares, passengers adults-first, contact, time limit, waiting', async () => {
    // Two adults and a child take a seat each (the infant sits on a lap).
    const flight = await flightWhere(h.client, (f) => !DOB_AIRLINES.test(f.flightCode), 3);
    const passengers: PassengerInput[] = [
      { type: 'infant', title: 'Miss', name: 'Kirana', dateOfBirth: daysAhead(-200) },
      { type: 'child', title: 'Mstr', name: 'Bima Sakti' },
      { type: 'adult', title: 'Mrs', name: 'Lady Diana' },
      ADULT,
    ];
    const before = h.sim.balance();
    const r = await h.client.book(request(flight, '081234560001', passengers));
    if (!r.ok) throw new Error(r.message);
    const b = r.value;
    expect(b.bookingCode).toMatch(/^[A-Z]{6}$/);
    expect(b).toMatchObject({ flightCode: flight.flightCode, from: 'CGK', to: 'SUB', status: 'waiting' });
    expect(b.passengers.map((p) => `${p.title} ${p.fullname} ${p.type}`)).toEqual([
      'Mrs Lady Diana adult', 'Mr Fransiskus adult', 'Mstr Bima Sakti child', 'Miss Kirana infant',
    ]);
    expect(b.contact).toEqual({ title: 'Mrs', fullname: 'Lady Diana', email: 'kasir@loket.test', phone: '081234560001' });
    expect(b.publishFare + b.tax).toBe(b.totalFare);
    expect(b.ntaPrice).toBe(b.totalFare - (b.agentBonus ?? 0));
    expect(b.timeLimitText).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$/);
    expect(b.timeLimitAt).toMatch(/Z$/);
    expect(h.sim.balance()).toBe(before); // booking moves no money
    expect(await h.client.getBookingStatus(b.bookingCode)).toEqual({ ok: true, value: { bookingCode: b.bookingCode, status: 'waiting' } });
    expect(await h.client.checkIssue(b.bookingCode)).toMatchObject({ status: 'unknown', providerRef: b.bookingCode });
  });

  it('seats held by a booking are no longer offered', async () => {
    let q = { from: '', to: '', date: '', flight: '', adult: 1, child: 0, infant: 0 };
    let seats = 0;
    while (seats < 3) {
      const f = await flightWhere(h.client, (x) => !DOB_AIRLINES.test(x.flightCode));
      q = { ...q, from: f.from, to: f.to, date: f.date ?? '', flight: f.flightCode };
      const price = await h.client.getPrice(q);
      seats = price.ok ? (price.value.seatsLeft ?? 0) : 0;
    }
    const held = await h.client.book({ ...q, email: 'kasir@loket.test', phone: '081234560002', passengers: [ADULT, { type: 'adult', title: 'Ms', name: 'Sari' }] });
    expect(held.ok).toBe(true);
    expect(await h.client.getPrice(q)).toMatchObject({ ok: true, value: { seatsLeft: seats - 2 } });
  });

  it('Citilink/AirAsia/JetStar need every date of birth: refused with MMBC\'s message lines', async () => {
    const flight = await flightWhere(h.client, (f) => DOB_AIRLINES.test(f.flightCode));
    const r = await h.client.book(request(flight, '081234560003', [{ type: 'adult', title: 'Mr', name: 'Tanpa Lahir' }]));
    expect(r).toMatchObject({ ok: false, retryable: false, code: 'booking_refused' });
    if (!r.ok) expect(r.message).toContain('Date of birth wajib diisi');
  });

  it('simulator validation: age vs passenger type, contact email/phone (several lines at once)', async () => {
    const flight = await flightWhere(h.client, (f) => !DOB_AIRLINES.test(f.flightCode));
    const r = await h.client.book({
      ...request(flight, '12', [ADULT, { type: 'child', title: 'Miss', name: 'Terlalu Tua', dateOfBirth: '1990-01-01' }]),
      email: 'bukan-email',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.split('\n')).toEqual([
        "Psg 2 date of birth '01-01-1990' not valid for Child !",
        'Contact email not valid !',
        'Contact phone not valid !',
      ]);
    }
  });

  it('the client refuses what MMBC cannot encode: no adult, wrong title, ":" in a name, bad dates', async () => {
    const flight = await flightWhere(h.client, () => true);
    for (const passengers of [
      [{ type: 'child', title: 'Mstr', name: 'Sendiri' }],
      [{ type: 'adult', title: 'Mstr', name: 'Salah Sebutan' }],
      [{ type: 'adult', title: 'Mr', name: 'A:B' }],
      [{ type: 'adult', title: 'Mr', name: 'Tanggal', dateOfBirth: '02-09-1987' }],
    ] as PassengerInput[][]) {
      expect(await h.client.book(request(flight, '081234560004', passengers))).toMatchObject({ ok: false, code: 'invalid_input' });
    }
  });

  it('unknown flight: "no result"', async () => {
    const r = await h.client.book({ ...request(await flightWhere(h.client, () => true), '081234560005'), flight: 'ZZ-999' });
    expect(r).toEqual({ ok: false, retryable: false, code: 'booking_refused', message: 'no result' });
  });
});

describe('getissued-json and the booking status', () => {
  it('issued at once: deposit debited by flight_shownta, ticket numbers per passenger, e-ticket PDF', async () => {
    const { booking } = await book('081234561000', (f) => !DOB_AIRLINES.test(f.flightCode));
    const before = h.sim.balance();
    const out = await h.client.issue(booking.bookingCode);
    expect(out).toMatchObject({ status: 'success', providerRef: booking.bookingCode });
    expect(out.message).toBe(`Kode Booking ${booking.bookingCode} sudah berhasil terissued!`);
    if (out.status === 'success') expect(out.serial).toMatch(/^\d{13}$/);
    expect(h.sim.balance()).toBe(before - booking.ntaPrice);
    expect(await h.client.checkIssue(booking.bookingCode)).toMatchObject({ status: 'success' });
    // A second issue is told "adalah Issued": it may be our own first attempt, so unknown.
    expect(await h.client.issue(booking.bookingCode)).toMatchObject({ status: 'unknown' });
    expect(h.sim.balance()).toBe(before - booking.ntaPrice);

    const ticket = await h.client.getEticket(booking.bookingCode);
    if (!ticket.ok) throw new Error(ticket.message);
    expect(ticket.value.url).toBe(`${h.sim.baseUrl}/getbook/etiket/etiket-${booking.bookingCode}.pdf`);
    expect(ticket.value.message).toMatch(/^link download etiket http/);
    const pdf = await fetch(ticket.value.url);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfProblems(bytes)).toEqual([]);
    const text = pdfText(bytes);
    if (text !== undefined) {
      expect(text).toContain(`Kode Booking: ${booking.bookingCode}`);
      expect(text).toContain('Mr. Fransiskus');
      expect(text).toContain('CGK-SUB');
    } else {
      expect(bytes.toString('latin1')).toContain(`(Kode Booking: ${booking.bookingCode}) Tj`);
    }
  });

  it('AirAsia / Citilink issue "Confirm" instead of ticket numbers', async () => {
    const { booking } = await book('081234561001', (f) => DOB_AIRLINES.test(f.flightCode));
    expect(await h.client.issue(booking.bookingCode)).toMatchObject({ status: 'success', serial: 'Confirm' });
  });

  it('contact ...8888: issue pending, then issued', async () => {
    const { booking } = await book('081234568888');
    const before = h.sim.balance();
    expect(await h.client.issue(booking.bookingCode)).toMatchObject({ status: 'pending', providerRef: booking.bookingCode });
    expect(h.sim.balance()).toBe(before - booking.ntaPrice);
    expect(await h.client.checkIssue(booking.bookingCode)).toMatchObject({ status: 'pending' });
    expect(await h.client.issue(booking.bookingCode)).toMatchObject({ status: 'pending' });
    expect(await h.client.getEticket(booking.bookingCode)).toMatchObject({ ok: false, message: 'Invalid Kode Booking!' });
    h.advance(1000);
    expect(await h.client.checkIssue(booking.bookingCode)).toMatchObject({ status: 'success' });
    expect((await h.client.getEticket(booking.bookingCode)).ok).toBe(true);
  });

  it('contact ...7777: issue pending, then cancel with the deposit refunded', async () => {
    const { booking } = await book('081234567777');
    const before = h.sim.balance();
    expect((await h.client.issue(booking.bookingCode)).status).toBe('pending');
    h.advance(1000);
    expect(await h.client.checkIssue(booking.bookingCode)).toMatchObject({ status: 'failed', code: 'cancel' });
    expect(h.sim.balance()).toBe(before);
  });

  it('contact ...6666: the airline cancels the booking; issuing it fails, nothing charged', async () => {
    const { booking } = await book('081234566666');
    h.advance(1000);
    expect(await h.client.getBookingStatus(booking.bookingCode)).toMatchObject({ ok: true, value: { status: 'cancel' } });
    const before = h.sim.balance();
    expect(await h.client.issue(booking.bookingCode)).toMatchObject({
      status: 'failed', code: 'cancel', message: `status kode booking ${booking.bookingCode} adalah Cancel`,
    });
    expect(h.sim.balance()).toBe(before);
  });

  it('past the time limit the booking is expired: the documented refusal, failed', async () => {
    const { booking } = await book('081234561002');
    h.advance(60 * 60_000);
    expect(await h.client.getBookingStatus(booking.bookingCode)).toMatchObject({ ok: true, value: { status: 'expired' } });
    const out = await h.client.issue(booking.bookingCode);
    expect(out).toMatchObject({ status: 'failed', code: 'expired', message: `status kode booking ${booking.bookingCode} adalah Expired` });
    expect(await h.client.checkIssue(booking.bookingCode)).toMatchObject({ status: 'failed', code: 'expired' });
  });

  it('an issued booking does not expire', async () => {
    const { booking } = await book('081234561003');
    await h.client.issue(booking.bookingCode);
    h.advance(2 * 60 * 60_000);
    expect(await h.client.checkIssue(booking.bookingCode)).toMatchObject({ status: 'success' });
  });

  it('not enough deposit: the documented refusal, failed, booking still waiting', async () => {
    const { booking } = await book('081234561004');
    const saved = h.sim.balance();
    h.sim.setBalance(1000);
    const out = await h.client.issue(booking.bookingCode);
    expect(out).toMatchObject({ status: 'failed', code: 'insufficient_balance', message: 'Sisa saldo tidak cukup untuk Issued tiket, sisa saldo anda adalah 1,000.' });
    expect(h.sim.balance()).toBe(1000);
    h.sim.setBalance(saved);
    expect(await h.client.getBookingStatus(booking.bookingCode)).toMatchObject({ ok: true, value: { status: 'waiting' } });
  });

  it('unknown booking code: issue fails (not found); status and e-ticket are refused', async () => {
    expect(await h.client.issue('QQQQQQ')).toMatchObject({
      status: 'failed', code: 'not_found', message: 'Kode Booking QQQQQQ tidak ditemukan, silakan periksa kembali kode bookingnya.',
    });
    expect(await h.client.getBookingStatus('QQQQQQ')).toEqual({ ok: false, retryable: false, code: 'refused', message: 'Invalid Kode Booking QQQQQQ!' });
    expect(await h.client.checkIssue('QQQQQQ')).toMatchObject({ status: 'unknown' });
    expect(await h.client.getEticket('QQQQQQ')).toMatchObject({ ok: false, message: 'Invalid Kode Booking!' });
    expect(await h.client.issue('bad code!')).toMatchObject({ status: 'failed', code: 'not_sent' });
    const pdf = await fetch(`${h.sim.baseUrl}/getbook/etiket/etiket-QQQQQQ.pdf`);
    expect(pdf.status).toBe(404);
  });
});

describe('configurable time limit', () => {
  it('bookingTimeLimitMs sets when a waiting booking expires', async () => {
    const short = await startHarness({ bookingTimeLimitMs: 5 * 60_000 });
    try {
      const r = await short.client.searchFlights({ from: 'SUB', to: 'DPS', date: daysAhead(9) });
      const f = r.ok ? r.value.flights.find((x) => !DOB_AIRLINES.test(x.flightCode)) ?? r.value.flights[0] : undefined;
      if (!f) throw new Error('no flight');
      const b = await short.client.book(request(f, '081234561005'));
      if (!b.ok) throw new Error(b.message);
      short.advance(4 * 60_000);
      expect(await short.client.getBookingStatus(b.value.bookingCode)).toMatchObject({ ok: true, value: { status: 'waiting' } });
      short.advance(60_000);
      expect(await short.client.getBookingStatus(b.value.bookingCode)).toMatchObject({ ok: true, value: { status: 'expired' } });
    } finally {
      await short.sim.close();
    }
  });
});
