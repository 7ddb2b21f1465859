import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import { encodeFlightKey, decodeFlightKey } from '../../../electron/core/flights/flight-rows';
import { startMmbcSimulator, type MmbcSimulator } from '../../../electron/core/providers/mmbc';
import { wibIsoDate } from '../../../electron/core/providers/mmbc/time';
import { startSwitchableProxy, type SwitchableProxy } from '../../support/switchable-proxy';
import { makeTempDir } from '../../support/temp-dir';
import { OWNER_SESSION, signInOwner } from '../../support/sessions';

/**
 * The flight channels through the core contract, against the MMBC simulator over real loopback
 * HTTP, behind a relay that can refuse connections (the provider unreachable).
 */
const DAY = 86_400_000;
let sim: MmbcSimulator;
let proxy: SwitchableProxy;
let temp: { dir: string; cleanup(): void };
let core: Core;
let clock = Date.now();

const inDays = (n: number) => wibIsoDate(Date.now() + n * DAY);
const FLIGHT_DATE = inDays(20);

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(channel, input, OWNER_SESSION);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
async function refusal(channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await core.dispatch(channel, input, OWNER_SESSION);
  if (result.ok) throw new Error(`${channel} answered instead of refusing: ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}
async function open(dir: string): Promise<Core> {
  const core = await openCore({
    dataDir: dir,
    backupIntervalMs: 0,
    timeZone: 'Asia/Jakarta',
    now: () => clock,
    clientTimeoutMs: 2000,
    sandbox: { mmbc: { baseUrl: proxy.url(sim.baseUrl), credentials: sim.credentials } },
  });
  await signInOwner(core);
  return core;
}

interface Flight {
  key: string;
  airline: string;
  flightNumber: string;
  from: string;
  to: string;
  transitCount: number;
  stops: string[];
  departTime: string;
  arriveTime: string;
  durationMinutes: number | null;
  adultPrice: number;
  totalPrice: number;
  totalIsEstimate: boolean;
}
interface Search {
  flights: Flight[];
  rejected: number;
}
interface Areas {
  source: string;
  warning: string | null;
  areas: { code: string; city: string; recent: boolean }[];
}

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

describe('flights:search', () => {
  it('lists the simulator\'s flights with route, times, duration, transit and a key for the price', async () => {
    const result = await call<Search>('flights:search', { from: 'cgk', to: 'DPS', date: FLIGHT_DATE, adult: 2 });
    expect(result.flights.length).toBeGreaterThan(0);
    expect(result.rejected).toBe(0);
    for (const f of result.flights) {
      expect(f).toMatchObject({ from: 'CGK', to: 'DPS' });
      expect(f.departTime).toMatch(/^\d{2}:\d{2}$/);
      expect(f.durationMinutes).toBeGreaterThan(0);
      expect(f.totalPrice).toBe(f.adultPrice * 2);
      expect(f.totalIsEstimate).toBe(false);
      expect(decodeFlightKey(f.key)).toMatchObject({ from: 'CGK', to: 'DPS', date: FLIGHT_DATE, flight: f.flightNumber });
    }
    // CGK 07:00 WIB -> DPS is WITA (+1 h): the duration is the local difference minus one hour.
    const first = result.flights[0]!;
    const [dh, dm] = first.departTime.split(':').map(Number);
    const [ah, am] = first.arriveTime.split(':').map(Number);
    expect(first.durationMinutes).toBe((((ah! * 60 + am! - 60 - (dh! * 60 + dm!)) % 1440) + 1440) % 1440);
  });

  it('a long route has a transit with its stop named', async () => {
    const result = await call<Search>('flights:search', { from: 'KNO', to: 'DJJ', date: FLIGHT_DATE, adult: 1 });
    const withStop = result.flights.find((f) => f.transitCount > 0);
    expect(withStop).toBeDefined();
    expect(withStop!.stops.length).toBe(withStop!.transitCount);
    expect(withStop!.stops).not.toContain('KNO');
  });

  it('"no result" from MMBC is an empty list, not an error', async () => {
    const result = await call<Search>('flights:search', { from: 'CGK', to: 'SUB', date: inDays(400), adult: 1 });
    expect(result.flights).toEqual([]);
  });

  it('refusals in Indonesian, before anything is asked', async () => {
    const base = { from: 'CGK', to: 'SUB', date: FLIGHT_DATE, adult: 1 };
    const cases: [unknown, RegExp][] = [
      [{ ...base, date: wibIsoDate(clock - DAY) }, /sudah lewat/],
      [{ ...base, to: 'CGK' }, /tidak boleh sama/],
      [{ ...base, adult: 1, infant: 2 }, /bayi \(2\).*dewasa \(1\)/],
      [{ ...base, adult: 5, child: 3 }, /Maksimal 7/],
      [{ ...base, to: 'XYZ' }, /tujuan "XYZ" tidak dikenal/],
      [{ ...base, adult: 0 }, /Minimal 1 dewasa/],
      [{ ...base, date: '2026-02-30' }, /kalender/],
    ];
    for (const [input, message] of cases) {
      const error = await refusal('flights:search', input);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(message);
    }
  });

  it('the outlet\'s business day decides "past": today is allowed', async () => {
    const today = await call<Search>('flights:search', { from: 'CGK', to: 'SUB', date: wibIsoDate(clock), adult: 1 });
    expect(Array.isArray(today.flights)).toBe(true);
  });

  it('provider unreachable: a clear error, never an empty list', async () => {
    await proxy.refuse();
    const error = await refusal('flights:search', { from: 'CGK', to: 'SUB', date: FLIGHT_DATE, adult: 1 });
    expect(error.code).toBe('provider_unavailable');
    expect(error.message).toMatch(/Pencarian penerbangan belum berhasil/);
  });

  it('an HTTP 500 from MMBC is an error too', async () => {
    sim.faults.set('getflights', { mode: 'http_500', when: 'before', times: 1 });
    const error = await refusal('flights:search', { from: 'CGK', to: 'SUB', date: FLIGHT_DATE, adult: 1 });
    expect(error.code).toBe('provider_unavailable');
  });

  it('never calls the per-airline search marked UNDER MAINTENANCE', async () => {
    sim.faults.set('getflight-airline', { mode: 'http_500', when: 'before' });
    await call<Search>('flights:search', { from: 'CGK', to: 'UPG', date: FLIGHT_DATE, adult: 1 });
    expect((sim.faults.list()['getflight-airline'] as { remaining?: number }).remaining).toBe(Number.POSITIVE_INFINITY);
  });
});

/**
 * The first flight of the list with seats for the mix: the simulator gives some flights only 1-6
 * seats depending on the date, so "the first flight" would fail on some days and not others.
 */
async function withSeats(flights: Search['flights'], mix: { adult: number; child?: number; infant?: number }): Promise<Search['flights'][number]> {
  for (const flight of flights) {
    const answer = await core.dispatch('flights:price', { key: flight.key, ...mix }, OWNER_SESSION);
    if (answer.ok && ((answer.value as { seatsLeft: number | null }).seatsLeft ?? 0) >= mix.adult + (mix.child ?? 0)) return flight;
  }
  throw new Error('no flight with seats for the mix');
}

describe('flights:price', () => {
  it('seats, publish fare, tax and total for the mix; unchanged price has no changedFrom', async () => {
    const search = await call<Search>('flights:search', { from: 'CGK', to: 'SUB', date: FLIGHT_DATE, adult: 2 });
    const flight = await withSeats(search.flights, { adult: 2 });
    const price = await call<{ seatsLeft: number; publishFare: number; tax: number; total: number; changedFrom: number | null }>('flights:price', {
      key: flight.key,
      searchedTotal: flight.totalPrice,
      adult: 2,
    });
    expect(price.seatsLeft).toBeGreaterThan(0);
    expect(price.publishFare + price.tax).toBe(price.total);
    expect(price.total).toBe(flight.totalPrice);
    expect(price.changedFrom).toBeNull();
  });

  it('a price that differs from the search reports the search total in changedFrom', async () => {
    const search = await call<Search>('flights:search', { from: 'CGK', to: 'SUB', date: FLIGHT_DATE, adult: 1 });
    const flight = search.flights[0]!;
    const key = decodeFlightKey(flight.key)!;
    const staleKey = encodeFlightKey({ ...key, adultPrice: key.adultPrice - 25_000 });
    const price = await call<{ total: number; changedFrom: number | null }>('flights:price', { key: staleKey, searchedTotal: flight.adultPrice - 25_000, adult: 1 });
    expect(price.total).toBe(flight.adultPrice);
    expect(price.changedFrom).toBe(flight.adultPrice - 25_000);
  });

  it('children and infants: priced by MMBC; an estimate that differed is not a "change" while the adult fare is the same', async () => {
    const search = await call<Search>('flights:search', { from: 'CGK', to: 'SUB', date: FLIGHT_DATE, adult: 2, child: 1, infant: 1 });
    const flight = await withSeats(search.flights, { adult: 2, child: 1, infant: 1 });
    expect(flight.totalIsEstimate).toBe(true);
    const price = await call<{ total: number; changedFrom: number | null }>('flights:price', { key: flight.key, searchedTotal: flight.totalPrice, adult: 2, child: 1, infant: 1 });
    expect(price.total).toBeGreaterThan(flight.adultPrice * 2);
    expect(price.changedFrom).toBeNull();
  });

  it('refuses a key it did not give, and the same mix rules as the search', async () => {
    expect((await refusal('flights:price', { key: 'not-a-key', adult: 1 })).message).toMatch(/Cari ulang/);
    const search = await call<Search>('flights:search', { from: 'CGK', to: 'SUB', date: FLIGHT_DATE, adult: 1 });
    expect((await refusal('flights:price', { key: search.flights[0]!.key, adult: 1, infant: 3 })).message).toMatch(/bayi/);
  });

  it('a flight MMBC no longer has is not_found', async () => {
    const key = encodeFlightKey({ from: 'CGK', to: 'SUB', date: FLIGHT_DATE, flight: 'JT-1', adultPrice: 500_000, airline: 'Lion Air' });
    const error = await refusal('flights:price', { key, adult: 1 });
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/JT-1 tidak tersedia/);
  });

  it('unreachable: provider_unavailable', async () => {
    const search = await call<Search>('flights:search', { from: 'CGK', to: 'SUB', date: FLIGHT_DATE, adult: 1 });
    await proxy.refuse();
    expect((await refusal('flights:price', { key: search.flights[0]!.key, adult: 1 })).code).toBe('provider_unavailable');
  });
});

describe('flights:areas, airlines and recent routes', () => {
  it('typo-tolerant ranking: exact code, prefix, then one-letter slips', async () => {
    const codes = async (query: string) => (await call<Areas>('flights:areas', { query })).areas.map((a) => a.code);
    expect((await codes('sub'))[0]).toBe('SUB');
    expect((await codes('Jakrta'))).toContain('CGK');
    expect((await codes('Srabaya'))[0]).toBe('SUB');
    expect((await codes('Surabya'))[0]).toBe('SUB');
    expect((await codes('Denpsar'))[0]).toBe('DPS');
    expect((await codes('Jak')).slice(0, 2).sort()).toEqual(['CGK', 'HLP']);
    expect(await codes('Xqzzy')).toEqual([]);
  });

  it('recent routes: newest first, one entry per route, at most 8, and their airports first in the list', async () => {
    const routes: [string, string][] = [['CGK', 'SUB'], ['CGK', 'DPS'], ['SUB', 'UPG'], ['BPN', 'JOG'], ['SRG', 'BTH'], ['PKU', 'AMQ'], ['BTJ', 'TKG'], ['BDO', 'BDJ'], ['MDC', 'KNO'], ['CGK', 'SUB']];
    for (const [from, to] of routes) {
      clock += 1000;
      await call('flights:search', { from, to, date: FLIGHT_DATE, adult: 1 });
    }
    const recent = await call<{ routes: { from: string; to: string; fromCity: string | null }[] }>('flights:recentRoutes');
    expect(recent.routes.map((r) => `${r.from}-${r.to}`)).toEqual(['CGK-SUB', 'MDC-KNO', 'BDO-BDJ', 'BTJ-TKG', 'PKU-AMQ', 'SRG-BTH', 'BPN-JOG', 'SUB-UPG']);
    expect(recent.routes[0]!.fromCity).toBe('Jakarta');
    const all = await call<Areas>('flights:areas', { query: '' });
    expect(all.areas.slice(0, 3).map((a) => a.code)).toEqual(['CGK', 'SUB', 'MDC']);
    expect(all.areas[0]!.recent).toBe(true);
    // Within one rank (code prefix "B") an airport of a recent route comes before the others.
    const b = await call<Areas>('flights:areas', { query: 'b' });
    expect(b.areas[0]!.recent).toBe(true);
  });

  it('airlines: code, name and logo from getcodeflights-json', async () => {
    const result = await call<{ source: string; airlines: { code: string; name: string; logoUrl: string | null }[] }>('flights:airlines');
    expect(result.source).toBe('provider');
    // The provider's URL until the core has fetched the logo in the background, then the stored data: URL
    // (which one depends on whether an earlier test's call already stored it: both are right).
    expect(result.airlines.find((a) => a.code === 'JT')).toMatchObject({ name: 'Lion Air', logoUrl: expect.stringMatching(/^(https?:\/\/|data:image\/png;base64,)/) });
  });

  it('unreachable: the stored list, marked as cache, also after a restart; without a stored list a clear error', async () => {
    await call<Areas>('flights:areas', { query: 'sub' });
    await proxy.refuse();
    clock += 7 * 3_600_000; // past the 6 h freshness: the core asks MMBC again, which cannot answer
    const cached = await call<Areas>('flights:areas', { query: 'Srabaya' });
    expect(cached.source).toBe('cache');
    expect(cached.warning).toMatch(/daftar tersimpan/);
    expect(cached.areas[0]!.code).toBe('SUB');
    const airlines = await call<{ source: string; airlines: unknown[] }>('flights:airlines');
    expect(airlines.source).toBe('cache');
    // A search still refuses an unknown code from the stored list, and says MMBC is unreachable for a known one.
    expect((await refusal('flights:search', { from: 'CGK', to: 'QQQ', date: FLIGHT_DATE, adult: 1 })).code).toBe('invalid_input');
    expect((await refusal('flights:search', { from: 'CGK', to: 'SUB', date: FLIGHT_DATE, adult: 1 })).code).toBe('provider_unavailable');

    await core.close();
    core = await open(temp.dir);
    const afterRestart = await call<Areas>('flights:areas', { query: 'dps' });
    expect(afterRestart).toMatchObject({ source: 'cache' });
    expect(afterRestart.areas[0]!.code).toBe('DPS');

    const fresh = makeTempDir();
    const other = await openCore({ dataDir: fresh.dir, backupIntervalMs: 0, now: () => clock, clientTimeoutMs: 2000, sandbox: { mmbc: { baseUrl: proxy.url(sim.baseUrl), credentials: sim.credentials } } });
    try {
      await signInOwner(other);
      const none = await other.dispatch('flights:areas', { query: 'sub' }, OWNER_SESSION);
      expect(none).toMatchObject({ ok: false, error: { code: 'provider_unavailable' } });
      if (!none.ok) expect(none.error.message).toMatch(/belum ada salinan tersimpan/);
    } finally {
      await other.close();
      fresh.cleanup();
    }
  });
});

describe('flights:checkPassengers', () => {
  it('returns every problem per passenger and field, and writes nothing', async () => {
    const result = await call<{ ok: boolean; errors: { passenger: number; field: string }[] }>('flights:checkPassengers', {
      flightDate: FLIGHT_DATE,
      international: true,
      airline: 'Citilink',
      passengers: [
        { type: 'adult', title: 'Mstr', fullName: 'Budi 2', baggage: '50 Kg' },
        { type: 'infant', title: 'Miss', fullName: 'Ani', dateOfBirth: inDays(-365 * 3) },
        { type: 'infant', title: 'Miss', fullName: 'Ina', dateOfBirth: inDays(-200) },
      ],
      contact: { email: 'x', phone: '123' },
    });
    expect(result.ok).toBe(false);
    const got = result.errors.map((e) => `${e.passenger}:${e.field}`);
    expect(got).toEqual(expect.arrayContaining(['-1:passengers', '0:title', '0:fullName', '0:baggage', '0:dateOfBirth', '0:passportNumber', '0:passportExpiry', '1:dateOfBirth', '-1:email', '-1:phone']));
    const good = await call<{ ok: boolean }>('flights:checkPassengers', {
      flightDate: FLIGHT_DATE,
      passengers: [{ type: 'adult', title: 'Mr', fullName: 'Budi Santoso', baggage: '20 Kg' }],
      contact: { email: 'budi@contoh.co.id', phone: '081234567890' },
    });
    expect(good.ok).toBe(true);
  });
});
