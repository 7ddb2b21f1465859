import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openCore } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import { startMmbcSimulator, type MmbcSimulator } from '../../../electron/core/providers/mmbc';
import { wibIsoDate } from '../../../electron/core/providers/mmbc/time';
import { startSwitchableProxy, type SwitchableProxy } from '../../support/switchable-proxy';
import { makeTempDir } from '../../support/temp-dir';
import { yearsBefore } from '../../support/years-before';
import { OWNER_SESSION, signInOwner } from '../../support/sessions';

/**
 * Booking flights through the core contract against the MMBC simulator over loopback HTTP (behind
 * a relay that can refuse connections): the booking saved from postbooking's answer, the rules
 * checked before anything is sent, MMBC's refusals as field errors, the list, status checks that
 * get no answer, expiry, and the pricing rule.
 */
const DAY = 86_400_000;
let sim: MmbcSimulator;
let proxy: SwitchableProxy;
let temp: { dir: string; cleanup(): void };
let core: Core;
let clock = Date.now();
const updates: { bookingId: number; status: string }[] = [];

const inDays = (n: number) => wibIsoDate(Date.now() + n * DAY);
const FLIGHT_DATE = inDays(21);
type Booking = ChannelOutput<'flights:booking'>;
type Book = ChannelOutput<'flights:book'>;
type Search = ChannelOutput<'flights:search'>;
type Price = ChannelOutput<'flights:price'>;

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(channel, input, OWNER_SESSION);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
async function refusal(channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await core.dispatch(channel, input, OWNER_SESSION);
  if (result.ok) throw new Error(`${channel} answered instead of refusing: ${JSON.stringify(result.value).slice(0, 300)}`);
  return result.error;
}
async function open(dir: string, syncMs = 0): Promise<Core> {
  const opened = await openCore({
    dataDir: dir,
    backupIntervalMs: 0,
    timeZone: 'Asia/Jakarta',
    now: () => clock,
    clientTimeoutMs: 2000,
    flightStatusSyncMs: syncMs,
    sandbox: { mmbc: { baseUrl: proxy.url(sim.baseUrl), credentials: sim.credentials } },
  });
  await signInOwner(opened);
  opened.onEvent((event, payload) => {
    if (event === 'flights:bookingUpdated') updates.push(payload as { bookingId: number; status: string });
  });
  return opened;
}

/** A flight on the route with seats for the party (the simulator gives some flights only 1-6 seats by date). */
async function flightFor(from: string, to: string, mix: { adult: number; child?: number; infant?: number }, date = FLIGHT_DATE) {
  const search = await call<Search>('flights:search', { from, to, date, ...mix });
  for (const flight of search.flights) {
    const answer = await core.dispatch('flights:price', { key: flight.key, ...mix }, OWNER_SESSION);
    if (answer.ok && ((answer.value as Price).seatsLeft ?? 0) >= mix.adult + (mix.child ?? 0) + 2) return { flight, price: answer.value as Price };
  }
  throw new Error('no flight with seats for the party');
}

const adult = (name: string, title = 'Mr') => ({ type: 'adult', title, fullName: name, dateOfBirth: yearsBefore(FLIGHT_DATE, 30) });
const family = () => [
  adult('Budi Santoso'),
  adult('Sari Dewi', 'Mrs'),
  { type: 'child', title: 'Mstr', fullName: 'Adi Putra', dateOfBirth: yearsBefore(FLIGHT_DATE, 5) },
  { type: 'infant', title: 'Miss', fullName: 'Nia Putri', dateOfBirth: yearsBefore(FLIGHT_DATE, 1) },
];
const contact = { email: 'budi@contoh.co.id', phone: '081234560101' };

beforeAll(async () => {
  sim = await startMmbcSimulator({});
  proxy = await startSwitchableProxy(Number(new URL(sim.baseUrl).port));
  temp = makeTempDir();
  core = await open(temp.dir);
});
afterEach(async () => {
  sim.faults.clear();
  await proxy.accept();
});
afterAll(async () => {
  await core.close();
  await proxy.close();
  await sim.close();
  temp.cleanup();
});

describe('flights:book', () => {
  it('2 adults + 1 child + 1 infant: booked at MMBC and saved with fares, NTA, bonus, markup and the time limit', async () => {
    const mix = { adult: 2, child: 1, infant: 1 };
    const { flight, price } = await flightFor('CGK', 'DPS', mix);
    const answer = await call<Book>('flights:book', { requestId: 'book-family-1', key: flight.key, passengers: family(), contact });
    expect(answer.errors).toEqual([]);
    const booking = answer.booking!;
    const atSim = sim.bookings().find((b) => b.kodebooking === booking.bookingCode)!;
    expect(atSim.passengers).toEqual(['Mr. Budi Santoso', 'Mrs. Sari Dewi', 'Mstr. Adi Putra', 'Miss. Nia Putri']);
    expect(booking).toMatchObject({
      status: 'waiting',
      flightNumber: flight.flightNumber,
      from: 'CGK',
      to: 'DPS',
      travelDate: FLIGHT_DATE,
      adult: 2,
      child: 1,
      infant: 1,
      totalFare: price.total,
      ntaPrice: atSim.nta,
      markup: 4 * 10_000,
      sellingPrice: price.total + 40_000,
      international: false,
      saleId: null,
      saleState: null,
      issueBlockedReason: null,
      contact: { email: 'budi@contoh.co.id', phone: '081234560101' },
    });
    expect(booking.publishFare + booking.tax).toBe(booking.totalFare);
    expect(booking.agentBonus).toBe(booking.totalFare - booking.ntaPrice);
    expect(booking.timeLimitAt).toBe(Date.parse(atSim.timeLimit) - (Date.parse(atSim.timeLimit) % 60_000));
    expect(booking.timeLimitText).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$/);
    expect(booking.passengers.map((p) => `${p.type}:${p.title}. ${p.fullName}`)).toEqual([
      'adult:Mr. Budi Santoso',
      'adult:Mrs. Sari Dewi',
      'child:Mstr. Adi Putra',
      'infant:Miss. Nia Putri',
    ]);
    expect(await call<Booking>('flights:booking', { bookingId: booking.id })).toEqual(booking);
    expect(updates).toContainEqual({ bookingId: booking.id, status: 'waiting' });
  });

  it('the same requestId answers the saved booking (nothing sent again); other input with it is refused', async () => {
    const { flight } = await flightFor('CGK', 'SUB', { adult: 1 });
    const input = { requestId: 'book-twice-1', key: flight.key, passengers: [adult('Joko Widodo')], contact };
    const [first, second] = await Promise.all([call<Book>('flights:book', input), call<Book>('flights:book', input)]);
    expect(second.booking!.id).toBe(first.booking!.id);
    const before = sim.bookings().length;
    expect((await call<Book>('flights:book', input)).booking!.id).toBe(first.booking!.id);
    expect(sim.bookings().length).toBe(before);
    const other = await refusal('flights:book', { ...input, passengers: [adult('Joko Susilo')] });
    expect(other.code).toBe('conflict');
    expect(sim.bookings().length).toBe(before);
    // Two different bookings sent at once under one requestId: the second is refused, only one is made.
    const racing = { ...input, requestId: 'book-twice-2' };
    const [one, two] = await Promise.all([core.dispatch('flights:book', racing, OWNER_SESSION), core.dispatch('flights:book', { ...racing, passengers: [adult('Joko Susilo')] }, OWNER_SESSION)]);
    expect(one.ok).toBe(true);
    expect(two).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(sim.bookings().length).toBe(before + 1);
  });

  it('the passenger rules refuse before anything is sent: every field error at once', async () => {
    const { flight } = await flightFor('CGK', 'SUB', { adult: 1 });
    sim.faults.set('postbooking', { mode: 'http_500', when: 'before', times: 1 });
    const answer = await call<Book>('flights:book', {
      requestId: 'book-rules-1',
      key: flight.key,
      passengers: [
        { type: 'adult', title: 'Mstr', fullName: 'Budi 2' },
        { type: 'infant', title: 'Miss', fullName: 'Ani', dateOfBirth: yearsBefore(FLIGHT_DATE, 3) },
        { type: 'infant', title: 'Miss', fullName: 'Ina', dateOfBirth: yearsBefore(FLIGHT_DATE, 1) },
      ],
      contact: { email: 'budi@', phone: '12345' },
    });
    expect(answer.booking).toBeNull();
    expect(answer.errors.map((e) => `${e.passenger}:${e.field}`)).toEqual(
      expect.arrayContaining(['-1:passengers', '0:title', '0:fullName', '1:dateOfBirth', '-1:email', '-1:phone']),
    );
    // The armed fault is untouched: no request reached postbooking.
    expect((sim.faults.list().postbooking as { remaining?: number } | undefined)!.remaining).toBe(1);
    expect(await call<ChannelOutput<'flights:bookings'>>('flights:bookings', { query: 'budi 2' })).toEqual({ bookings: [] });
  });

  it('a past date and a key it did not give are refused before MMBC is asked', async () => {
    const { flight } = await flightFor('CGK', 'SUB', { adult: 1 });
    sim.faults.set('postbooking', { mode: 'http_500', when: 'before', times: 1 });
    const later = clock;
    clock += 40 * DAY;
    try {
      const past = await refusal('flights:book', { requestId: 'book-past-1', key: flight.key, passengers: [adult('Budi Santoso')], contact });
      expect(past).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/sudah lewat/) });
    } finally {
      clock = later;
    }
    expect((await refusal('flights:book', { requestId: 'book-key-1', key: 'bukan-kunci', passengers: [adult('Budi Santoso')], contact })).message).toMatch(/Cari ulang/);
    expect((sim.faults.list().postbooking as { remaining?: number } | undefined)!.remaining).toBe(1);
  });

  it("MMBC's refusal comes back as an error the cashier can act on (too few seats left)", async () => {
    const search = await call<Search>('flights:search', { from: 'CGK', to: 'UPG', date: FLIGHT_DATE, adult: 1 });
    let few: { key: string; seats: number } | undefined;
    for (const f of search.flights) {
      const p = await call<Price>('flights:price', { key: f.key, adult: 1 });
      if (p.seatsLeft !== null && p.seatsLeft <= 6) {
        few = { key: f.key, seats: p.seatsLeft };
        break;
      }
    }
    expect(few).toBeDefined();
    const passengers = Array.from({ length: few!.seats + 1 }, (_, i) => adult(`Penumpang ${'ABCDEFGH'[i]}`));
    const answer = await call<Book>('flights:book', { requestId: 'book-seats-1', key: few!.key, passengers, contact });
    expect(answer.booking).toBeNull();
    expect(answer.errors).toEqual([{ passenger: -1, field: 'booking', message: expect.stringMatching(new RegExp(`sisa ${few!.seats} kursi`)) }]);
  });

  it('no answer from MMBC: provider_unavailable that says the booking may exist and no money moved; nothing saved', async () => {
    const { flight } = await flightFor('CGK', 'SUB', { adult: 1 });
    sim.faults.set('postbooking', { mode: 'http_500', when: 'after', times: 1 });
    const error = await refusal('flights:book', { requestId: 'book-lost-1', key: flight.key, passengers: [adult('Hilang Jawaban')], contact });
    expect(error.code).toBe('provider_unavailable');
    expect(error.message).toMatch(/mungkin sudah ada atau belum di MMBC/);
    expect(error.message).toMatch(/tidak ada uang yang berpindah/);
    expect((await call<ChannelOutput<'flights:bookings'>>('flights:bookings', { query: 'hilang' })).bookings).toEqual([]);
  });
});

describe('international route', () => {
  it('demands passports before sending; with them the booking is made, the passport country kept locally', async () => {
    const { flight } = await flightFor('CGK', 'SIN', { adult: 1 });
    sim.faults.set('postbooking', { mode: 'http_500', when: 'before', times: 1 });
    const without = await call<Book>('flights:book', { requestId: 'book-intl-1', key: flight.key, passengers: [adult('Rudi Hartono')], contact });
    expect(without.booking).toBeNull();
    expect(without.errors.map((e) => `${e.passenger}:${e.field}`)).toEqual(['0:passportNumber', '0:passportCountry', '0:passportExpiry']);
    expect((sim.faults.list().postbooking as { remaining?: number } | undefined)!.remaining).toBe(1);
    sim.faults.clear();

    const passport = { passportNumber: 'b1234567', passportCountry: 'Indonesia', passportExpiry: yearsBefore(FLIGHT_DATE, -2) };
    const booked = await call<Book>('flights:book', { requestId: 'book-intl-2', key: flight.key, passengers: [{ ...adult('Rudi Hartono'), ...passport }], contact });
    expect(booked.booking).toMatchObject({ international: true, passengers: [{ passportNumber: 'B1234567', passportCountry: 'Indonesia', passportExpiry: passport.passportExpiry }] });
  });
});

describe('flights:bookings, refreshStatus and expiry', () => {
  it('open bookings first by the nearest time limit, then the rest newest first; filters by status, date, code and name', async () => {
    const day = inDays(23);
    const { flight } = await flightFor('SUB', 'CGK', { adult: 1 }, day);
    const made: Booking[] = [];
    for (const [i, name] of ['Rina Lestari', 'Tono Prasetyo', 'Umi Kalsum'].entries()) {
      clock += 1000;
      made.push((await call<Book>('flights:book', { requestId: `book-list-${i}`, key: flight.key, passengers: [adult(name, i === 1 ? 'Mr' : 'Mrs')], contact })).booking!);
    }
    // The simulator's time limits follow its own clock: the first booked has the nearest one.
    expect(sim.expireBooking(made[1]!.bookingCode)).toBe(true);
    expect((await call<ChannelOutput<'flights:refreshStatus'>>('flights:refreshStatus', { bookingId: made[1]!.id })).booking.status).toBe('expired');

    const listed = await call<ChannelOutput<'flights:bookings'>>('flights:bookings', { travelDate: day });
    expect(listed.bookings.map((b) => b.id)).toEqual([made[0]!.id, made[2]!.id, made[1]!.id]);
    expect(listed.bookings[0]).toMatchObject({ leadPassenger: 'Mrs. Rina Lestari', passengerCount: 1, status: 'waiting' });
    const ids = async (filter: object) => (await call<ChannelOutput<'flights:bookings'>>('flights:bookings', { travelDate: day, ...filter })).bookings.map((b) => b.id);
    expect(await ids({ status: 'open' })).toEqual([made[0]!.id, made[2]!.id]);
    expect(await ids({ status: 'expired' })).toEqual([made[1]!.id]);
    expect(await ids({ query: 'prasetyo' })).toEqual([made[1]!.id]);
    expect(await ids({ query: made[2]!.bookingCode.toLowerCase() })).toEqual([made[2]!.id]);
    // LIKE's wildcards are plain characters in the search box.
    expect(await ids({ query: '%' })).toEqual([]);
    expect(await ids({ query: 'r_na' })).toEqual([]);
    expect(await ids({ travelDate: inDays(24) })).toEqual([]);
  });

  it('a status check that gets no answer changes nothing and says so', async () => {
    const { flight } = await flightFor('CGK', 'SUB', { adult: 1 });
    const booking = (await call<Book>('flights:book', { requestId: 'book-noanswer-1', key: flight.key, passengers: [adult('Wati Susanti', 'Ms')], contact })).booking!;
    sim.expireBooking(booking.bookingCode);
    for (const cut of [() => proxy.refuse(), async () => sim.faults.set('getstatusbooking', { mode: 'http_500', when: 'before', times: 1 }), async () => sim.faults.set('getstatusbooking', { mode: 'malformed_json', when: 'before', times: 1 })]) {
      await cut();
      const answer = await call<ChannelOutput<'flights:refreshStatus'>>('flights:refreshStatus', { bookingId: booking.id });
      expect(answer.warning).toMatch(/tidak diubah/);
      expect(answer.booking).toMatchObject({ status: 'waiting', statusCheckedAt: null });
      await proxy.accept();
    }
    const answered = await call<ChannelOutput<'flights:refreshStatus'>>('flights:refreshStatus', { bookingId: booking.id });
    expect(answered.warning).toBeNull();
    expect(answered.booking).toMatchObject({ status: 'expired', statusCheckedAt: clock });
    expect(updates).toContainEqual({ bookingId: booking.id, status: 'expired' });
  });

  it('expired at MMBC, or past its time limit on our clock: not issuable, refused with nothing written', async () => {
    const { flight } = await flightFor('CGK', 'SUB', { adult: 1 });
    const late = (await call<Book>('flights:book', { requestId: 'book-late-1', key: flight.key, passengers: [adult('Lambat Datang')], contact })).booking!;
    const later = clock;
    clock = late.timeLimitAt! + 1000;
    try {
      const view = await call<Booking>('flights:booking', { bookingId: late.id });
      expect(view.status).toBe('waiting');
      expect(view.issueBlockedReason).toMatch(/sudah lewat/);
      const refused = await refusal('flights:issue', { requestId: 'issue-late-1', bookingId: late.id, expectedPrice: late.sellingPrice });
      expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/sudah lewat/) });
    } finally {
      clock = later;
    }

    const expired = (await call<Book>('flights:book', { requestId: 'book-expired-1', key: flight.key, passengers: [adult('Kedaluwarsa Saja')], contact })).booking!;
    sim.expireBooking(expired.bookingCode);
    await call('flights:refreshStatus', { bookingId: expired.id });
    const view = await call<Booking>('flights:booking', { bookingId: expired.id });
    expect(view.issueBlockedReason).toMatch(/kedaluwarsa/);
    expect(await refusal('flights:issue', { requestId: 'issue-expired-1', bookingId: expired.id, expectedPrice: expired.sellingPrice })).toMatchObject({ code: 'conflict' });
    const { sales } = await call<{ sales: unknown[] }>('sales:list', { query: expired.bookingCode });
    expect(sales).toEqual([]);
    expect(sim.transactions().filter((t) => t.reference === expired.bookingCode || t.reference === late.bookingCode)).toEqual([]);
  });

  it('the background sync checks open bookings and moves them (no call needed)', async () => {
    const { flight } = await flightFor('CGK', 'SUB', { adult: 1 });
    const booking = (await call<Book>('flights:book', { requestId: 'book-sync-1', key: flight.key, passengers: [adult('Sinkron Otomatis')], contact })).booking!;
    sim.cancelBooking(booking.bookingCode);
    const syncing = await open(temp.dir, 50);
    try {
      await vi.waitFor(
        async () => {
          const result = await syncing.dispatch('flights:booking', { bookingId: booking.id }, OWNER_SESSION);
          if (!result.ok || (result.value as Booking).status !== 'cancel') throw new Error('not yet');
        },
        { timeout: 10_000, interval: 50 },
      );
    } finally {
      await syncing.close();
    }
  });
});

describe('pricing rule (Settings > Harga jual)', () => {
  it('default Rp 10.000 per passenger; typed like any amount, 0 allowed, bounded by the entry limit; bad input changes nothing', async () => {
    expect(await call('flights:pricingRule')).toEqual({ markupPerPassenger: 10_000 });
    expect(await call('flights:setPricingRule', { markupPerPassenger: 'Rp 15.000' })).toEqual({ markupPerPassenger: 15_000 });
    for (const bad of ['abc', '-5000', '1,5', 'Rp 2.000.000.000']) {
      expect((await refusal('flights:setPricingRule', { markupPerPassenger: bad })).code).toBe('invalid_input');
    }
    expect(await call('flights:pricingRule')).toEqual({ markupPerPassenger: 15_000 });
    const { flight } = await flightFor('CGK', 'SUB', { adult: 2, infant: 1 });
    const price = await call<Price>('flights:price', { key: flight.key, adult: 2, infant: 1 });
    expect(price.markup).toBe(45_000);
    expect(price.sellingPrice).toBe(price.total + 45_000);
    expect(await call('flights:setPricingRule', { markupPerPassenger: '0' })).toEqual({ markupPerPassenger: 0 });
    expect((await call<Price>('flights:price', { key: flight.key, adult: 2, infant: 1 })).sellingPrice).toBe(price.total);
    await call('flights:setPricingRule', { markupPerPassenger: 10_000 });
  });
});
