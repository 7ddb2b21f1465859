import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import { useFlightsStore } from '../../../renderer/src/stores/flights';
import { createFakePos, ok, type FakeHandlers } from './fake-pos';
import { flight, priceAnswer, searchAnswer } from './flights-fixtures';

const CHEAP_TRANSIT = flight(1, { airline: 'Wings Air', airlineCode: 'IW', totalPrice: 700_000, departTime: '9:15', durationMinutes: 240, transitCount: 1, transitLabel: '1 Transit', stops: ['SUB'] });
const EARLY_GARUDA = flight(2, { airline: 'Garuda Indonesia', airlineCode: 'GA', totalPrice: 1_500_000, departTime: '06:05', durationMinutes: 115 });
const SHORT_LION = flight(3, { totalPrice: 1_000_000, departTime: '11:30', durationMinutes: 100 });

function setUp(handlers: FakeHandlers) {
  setActivePinia(createPinia());
  const pos = createFakePos(handlers);
  setPosClient(pos.client);
  const store = useFlightsStore();
  store.from = { code: 'CGK', city: 'Jakarta' };
  store.to = { code: 'DPS', city: 'Denpasar' };
  store.date = '2026-12-20';
  return { pos, store };
}

describe('flights store: search', () => {
  let deferred: { resolve: (v: unknown) => void }[];
  beforeEach(() => (deferred = []));

  it('sends the route, date and passenger mix, and sorts/filters the answer for display only', async () => {
    const { pos, store } = setUp({ 'flights:search': () => ok(searchAnswer([SHORT_LION, EARLY_GARUDA, CHEAP_TRANSIT])) });
    store.step('child', 1);
    await store.search();
    expect(pos.calls[0]).toEqual({ channel: 'flights:search', input: { from: 'CGK', to: 'DPS', date: '2026-12-20', adult: 1, child: 1, infant: 0 } });
    expect(store.shown.map((f) => f.flightNumber)).toEqual(['JT-101', 'JT-103', 'JT-102']);
    store.sort = 'depart';
    expect(store.shown.map((f) => f.flightNumber)).toEqual(['JT-102', 'JT-101', 'JT-103']);
    store.sort = 'duration';
    expect(store.shown.map((f) => f.flightNumber)).toEqual(['JT-103', 'JT-102', 'JT-101']);
    store.airlineFilter = 'GA';
    expect(store.shown.map((f) => f.flightNumber)).toEqual(['JT-102']);
    store.airlineFilter = '';
    store.transitFilter = 'transit';
    expect(store.shown.map((f) => f.flightNumber)).toEqual(['JT-101']);
    store.transitFilter = 'direct';
    expect(store.shown.map((f) => f.flightNumber)).toEqual(['JT-103', 'JT-102']);
    expect(store.airlines).toEqual([{ code: 'GA', name: 'Garuda Indonesia' }, { code: 'JT', name: 'Lion Air' }, { code: 'IW', name: 'Wings Air' }]);
    expect(store.result?.flights.map((f) => f.flightNumber)).toEqual(['JT-103', 'JT-102', 'JT-101']);
  });

  it('keeps the core\'s refusal of a past date as sent, and clears it on a good search', async () => {
    let refuse = true;
    const { store } = setUp({
      'flights:search': () => (refuse ? failure('invalid_input', 'Tanggal berangkat 2020-01-01 sudah lewat.') : ok(searchAnswer([]))),
    });
    await store.search();
    expect(store.searchError).toEqual({ code: 'invalid_input', message: 'Tanggal berangkat 2020-01-01 sudah lewat.' });
    expect(store.result).toBeNull();
    refuse = false;
    await store.search();
    expect(store.searchError).toBeNull();
    expect(store.result?.flights).toEqual([]);
  });

  it('lets only the newest search land when an older answer arrives last', async () => {
    const { store } = setUp({
      'flights:search': (input) =>
        new Promise((resolve) => deferred.push({ resolve: () => resolve(ok(searchAnswer([flight(input.to === 'DPS' ? 1 : 2)], { to: input.to }))) })),
    });
    const first = store.search();
    store.to = { code: 'SUB', city: 'Surabaya' };
    const second = store.search();
    deferred[1]!.resolve(null);
    await second;
    deferred[0]!.resolve(null);
    await first;
    expect(store.result?.to).toBe('SUB');
    expect(store.searching).toBe(false);
  });

  it('never lets infants outnumber adults, nor adults drop below infants or 1', () => {
    const { store } = setUp({});
    store.step('infant', 1);
    store.step('infant', 1);
    expect(store.mix).toEqual({ adult: 1, child: 0, infant: 1 });
    store.step('adult', -1);
    expect(store.mix.adult).toBe(1);
    store.step('adult', 1);
    store.step('infant', 1);
    store.step('adult', -1);
    expect(store.mix).toEqual({ adult: 2, child: 0, infant: 2 });
    store.step('infant', -1);
    store.step('adult', -1);
    expect(store.mix).toEqual({ adult: 1, child: 0, infant: 1 });
  });

  it('swaps origin and destination', () => {
    const { store } = setUp({});
    store.swap();
    expect([store.from?.code, store.to?.code]).toEqual(['DPS', 'CGK']);
  });
});

describe('flights store: price and passengers', () => {
  it('prices the chosen flight for the searched mix with the total shown, and keeps the core\'s change', async () => {
    const row = flight(1, { totalPrice: 2_400_000, totalIsEstimate: true });
    const { pos, store } = setUp({
      'flights:search': () => ok(searchAnswer([row], { adult: 2, child: 1, infant: 1 })),
      'flights:price': () => ok(priceAnswer(row, { adult: 2, child: 1, infant: 1, total: 2_550_000, changedFrom: 2_400_000 })),
    });
    await store.search();
    store.step('adult', 1);
    store.step('adult', 1); // 3 adults typed after searching for 2: the price must use the searched mix
    await store.choose(row);
    expect(pos.calls.at(-1)).toEqual({ channel: 'flights:price', input: { key: row.key, searchedTotal: 2_400_000, adult: 2, child: 1, infant: 1 } });
    expect(store.price?.changedFrom).toBe(2_400_000);
    expect(store.passengers.map((p) => p.type)).toEqual(['adult', 'adult', 'child', 'infant']);
  });

  it('shows a price refusal with a retry that asks again', async () => {
    const row = flight(1);
    let fail = true;
    const { store } = setUp({
      'flights:search': () => ok(searchAnswer([row])),
      'flights:price': () => (fail ? failure('provider_unavailable', 'MMBC tidak bisa dihubungi.') : ok(priceAnswer(row))),
    });
    await store.search();
    await store.choose(row);
    expect(store.priceError?.message).toBe('MMBC tidak bisa dihubungi.');
    fail = false;
    await store.retryPrice();
    expect(store.priceError).toBeNull();
    expect(store.price?.total).toBe(1_000_000);
  });

  it('sends the passengers to the core and keeps each error with its passenger and field', async () => {
    const row = flight(1);
    const { pos, store } = setUp({
      'flights:search': () => ok(searchAnswer([row], { adult: 1, child: 1 })),
      'flights:price': () => ok(priceAnswer(row, { adult: 1, child: 1 })),
      'flights:checkPassengers': () =>
        ok({
          ok: false,
          errors: [
            { passenger: 1, field: 'dateOfBirth', message: 'Tanggal lahir anak wajib diisi.' },
            { passenger: -1, field: 'email', message: 'Email tidak valid.' },
          ],
        }),
    });
    await store.search();
    await store.choose(row);
    store.passengers[0] = { ...store.passengers[0]!, title: 'Mr', fullName: 'Budi Santoso' };
    store.contact.email = 'budi@';
    await store.checkPassengers(false);
    expect(pos.calls.at(-1)?.input).toEqual({
      flightDate: '2026-12-20',
      international: false,
      airline: 'Lion Air',
      passengers: [
        { type: 'adult', title: 'Mr', fullName: 'Budi Santoso' },
        { type: 'child', title: '', fullName: '' },
      ],
      contact: { email: 'budi@', phone: '' },
    });
    expect(store.errorFor(1, 'dateOfBirth')).toBe('Tanggal lahir anak wajib diisi.');
    expect(store.errorFor(-1, 'email')).toBe('Email tidak valid.');
    expect(store.errorFor(0, 'fullName')).toBeUndefined();
    expect(store.checkedOk).toBe(false);
  });

  it('sends passport fields only for an international flight', async () => {
    const row = flight(1);
    const { pos, store } = setUp({
      'flights:search': () => ok(searchAnswer([row])),
      'flights:price': () => ok(priceAnswer(row)),
      'flights:checkPassengers': () => ok({ ok: true, errors: [] }),
    });
    await store.search();
    await store.choose(row);
    store.passengers[0] = { ...store.passengers[0]!, passportNumber: 'X123', passportCountry: 'Indonesia', passportExpiry: '2030-01-01' };
    await store.checkPassengers(true);
    expect((pos.calls.at(-1)?.input as { passengers: unknown[] }).passengers[0]).toMatchObject({ passportNumber: 'X123', passportCountry: 'Indonesia', passportExpiry: '2030-01-01' });
    expect(store.checkedOk).toBe(true);
    store.edited();
    expect(store.checkedOk).toBe(false);
  });

  it('forgets the chosen flight and its price when a new search starts', async () => {
    const row = flight(1);
    const { store } = setUp({ 'flights:search': () => ok(searchAnswer([row])), 'flights:price': () => ok(priceAnswer(row)) });
    await store.search();
    await store.choose(row);
    await store.search();
    expect(store.chosen).toBeNull();
    expect(store.price).toBeNull();
  });
});
