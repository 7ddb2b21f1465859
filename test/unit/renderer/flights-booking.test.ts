import { describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import { failure } from '../../../renderer/src/api/pos-client';
import { useFlightsStore } from '../../../renderer/src/stores/flights';
import { airlineAsksAdultBirthDate, airlineSellsBaggage } from '../../../renderer/src/components/flights/airline-fields';
import { createFakePos, ok, type FakeHandlers } from './fake-pos';
import { booking, flight, priceAnswer, searchAnswer } from './flights-fixtures';

const ROW = flight(1, { airline: 'AirAsia', airlineCode: 'QZ', flightNumber: 'QZ-7510' });

/** A store with a searched and priced flight for 1 adult + 1 child, and request ids counted from 1. */
async function setUp(handlers: FakeHandlers, international = false) {
  setActivePinia(createPinia());
  const pos = createFakePos({
    'flights:search': () => ok(searchAnswer([ROW], { adult: 1, child: 1 })),
    'flights:price': () => ok(priceAnswer(ROW, { adult: 1, child: 1, international })),
    ...handlers,
  });
  setPosClient(pos.client);
  const store = useFlightsStore();
  store.from = { code: 'CGK', city: 'Jakarta' };
  store.to = { code: 'DPS', city: 'Denpasar' };
  store.date = '2026-12-20';
  let ids = 0;
  store.setRequestIds(() => `req-${++ids}`);
  await store.search();
  await store.choose(ROW);
  store.passengers[0] = { ...store.passengers[0]!, title: 'Mr', fullName: 'Budi Santoso', dateOfBirth: '1990-05-01', baggage: '20 Kg' };
  store.passengers[1] = { ...store.passengers[1]!, title: 'Miss', fullName: 'Sari Santoso', dateOfBirth: '2018-03-02' };
  store.contact.email = 'budi@example.com';
  store.contact.phone = '081234567890';
  return { pos, store };
}

const bookCalls = (pos: { calls: { channel: string; input: unknown }[] }) => pos.calls.filter((c) => c.channel === 'flights:book');

describe('flights store: checking as the cashier leaves a field', () => {
  it('shows only the errors of the fields left so far, and every error after Pesan/Periksa', async () => {
    const { store } = await setUp({
      'flights:checkPassengers': () =>
        ok({
          ok: false,
          errors: [
            { passenger: 0, field: 'fullName', message: 'Nama lengkap wajib diisi.' },
            { passenger: 1, field: 'dateOfBirth', message: 'Tanggal lahir anak wajib diisi.' },
            { passenger: -1, field: 'phone', message: 'No. HP tidak valid.' },
          ],
        }),
    });
    await store.leave(0, 'fullName', false);
    expect(store.errorFor(0, 'fullName')).toBe('Nama lengkap wajib diisi.');
    expect(store.errorFor(1, 'dateOfBirth')).toBeUndefined();
    expect(store.errorFor(-1, 'phone')).toBeUndefined();
    await store.checkPassengers(false, true);
    expect(store.errorFor(1, 'dateOfBirth')).toBe('Tanggal lahir anak wajib diisi.');
    expect(store.errorFor(-1, 'phone')).toBe('No. HP tidak valid.');
  });

  it('lets only the newest check land when an older answer arrives last', async () => {
    const waiting: ((errors: { passenger: number; field: string; message: string }[]) => void)[] = [];
    const { store } = await setUp({
      'flights:checkPassengers': () => new Promise((resolve) => waiting.push((errors) => resolve(ok({ ok: errors.length === 0, errors })))),
    });
    const older = store.leave(0, 'fullName', false);
    const newer = store.leave(0, 'fullName', false);
    waiting[1]!([]);
    await newer;
    waiting[0]!([{ passenger: 0, field: 'fullName', message: 'Nama lengkap wajib diisi.' }]);
    await older;
    expect(store.errorFor(0, 'fullName')).toBeUndefined();
    expect(store.checking).toBe(false);
  });
});

describe('flights store: booking', () => {
  it('sends the passengers with their baggage, the contact and the flight key, passports only when international', async () => {
    const made = booking(1);
    const { pos, store } = await setUp({ 'flights:book': () => ok({ booking: made, errors: [] }) });
    expect(await store.book()).toEqual(made);
    expect(bookCalls(pos)[0]?.input).toEqual({
      requestId: 'req-1',
      key: ROW.key,
      passengers: [
        { type: 'adult', title: 'Mr', fullName: 'Budi Santoso', dateOfBirth: '1990-05-01', baggage: '20 Kg' },
        { type: 'child', title: 'Miss', fullName: 'Sari Santoso', dateOfBirth: '2018-03-02' },
      ],
      contact: { email: 'budi@example.com', phone: '081234567890' },
    });
    expect(store.booked).toEqual(made);

    const intl = await setUp({ 'flights:book': () => ok({ booking: made, errors: [] }) }, true);
    intl.store.passengers[0] = { ...intl.store.passengers[0]!, passportNumber: 'A1234567', passportCountry: 'Indonesia', passportExpiry: '2030-01-01' };
    await intl.store.book();
    expect((bookCalls(intl.pos)[0]?.input as { passengers: unknown[] }).passengers[0]).toMatchObject({ passportNumber: 'A1234567', passportCountry: 'Indonesia', passportExpiry: '2030-01-01' });
  });

  it('books once for a double press: the second press while the first runs sends nothing', async () => {
    let release: () => void = () => {};
    const { pos, store } = await setUp({
      'flights:book': () => new Promise((resolve) => (release = () => resolve(ok({ booking: booking(1), errors: [] })))),
    });
    const first = store.book();
    const second = store.book();
    expect(store.booking).toBe(true);
    release();
    await Promise.all([first, second]);
    expect(bookCalls(pos)).toHaveLength(1);
    expect(store.booking).toBe(false);
  });

  it('keeps the request id when the same form is sent again after a lost answer, and takes a new one after a refusal', async () => {
    const answers = [failure('offline', 'tidak terhubung'), failure('provider_unavailable', 'MMBC tidak bisa dihubungi.'), ok({ booking: booking(1), errors: [] })];
    const { pos, store } = await setUp({ 'flights:book': () => answers.shift()! });
    await store.book();
    expect(store.bookError?.code).toBe('offline');
    await store.book();
    expect(store.bookError).toEqual({ code: 'provider_unavailable', message: 'MMBC tidak bisa dihubungi.' });
    await store.book();
    expect(bookCalls(pos).map((c) => (c.input as { requestId: string }).requestId)).toEqual(['req-1', 'req-1', 'req-2']);
    expect(store.bookError).toBeNull();
  });

  it('puts the core\'s booking errors (the provider\'s lines included) next to their fields, with nothing booked', async () => {
    const { store } = await setUp({
      'flights:book': () =>
        ok({
          booking: null,
          errors: [
            { passenger: 1, field: 'dateOfBirth', message: 'Umur anak harus 2-11 tahun.' },
            { passenger: -1, field: 'booking', message: 'Kursi tidak mencukupi.' },
          ],
        }),
    });
    expect(await store.book()).toBeNull();
    expect(store.booked).toBeNull();
    expect(store.errorFor(1, 'dateOfBirth')).toBe('Umur anak harus 2-11 tahun.');
    expect(store.visibleErrors).toContainEqual({ passenger: -1, field: 'booking', message: 'Kursi tidak mencukupi.' });
  });
});

describe('airline fields shown on the form', () => {
  it('asks adult birth dates for Citilink, AirAsia and JetStar, and sells baggage only on AirAsia and JetStar', () => {
    expect(['Citilink', 'AirAsia', 'Jetstar', 'QG', 'QZ-7510'].map(airlineAsksAdultBirthDate)).toEqual([true, true, true, true, true]);
    expect(['Lion Air', 'Garuda Indonesia', 'JT'].map(airlineAsksAdultBirthDate)).toEqual([false, false, false]);
    expect(['AirAsia', 'Jet Star', 'JQ', 'Citilink', 'Lion Air'].map(airlineSellsBaggage)).toEqual([true, true, true, false, false]);
  });
});
