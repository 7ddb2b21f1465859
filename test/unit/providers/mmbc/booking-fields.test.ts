import { describe, expect, it } from 'vitest';
import { bookingFields, mapBookingAnswer } from '../../../../electron/core/providers/mmbc/client/booking-mapping';
import type { BookingRequest, PassengerInput } from '../../../../electron/core/providers/mmbc';

/** postbooking-json's positional field encoding and its answer, below the HTTP layer. */
const BASE = { from: 'cgk ', to: ' sin', date: '2026-12-20', flight: ' JT-690 ', email: ' kasir@loket.test ', phone: '081234567890' };
const request = (passengers: PassengerInput[]): BookingRequest => ({ ...BASE, passengers });

function fieldsOf(passengers: PassengerInput[]): Record<string, string> {
  const r = bookingFields(request(passengers));
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
function refusalOf(passengers: PassengerInput[]): string {
  const r = bookingFields(request(passengers));
  if (r.ok) throw new Error('encoded instead of refusing');
  return r.message;
}

const INFANT: PassengerInput = { type: 'infant', title: 'Miss', name: 'Kirana', dateOfBirth: '2026-03-01' };
const CHILD: PassengerInput = { type: 'child', title: 'Mstr', name: 'Adi  Putra' };
const ADULT_B: PassengerInput = { type: 'adult', title: 'Mrs', name: 'Sari Dewi' };
const ADULT_A: PassengerInput = { type: 'adult', title: 'Mr', name: ' Budi Santoso ' };

describe('bookingFields', () => {
  it('sorts passengers adults, children, infants whatever order they come in, keeping order within a type', () => {
    const r = bookingFields(request([INFANT, CHILD, ADULT_B, ADULT_A]));
    if (!r.ok) throw new Error(r.message);
    expect(r.order.map((p) => p.name)).toEqual(['Sari Dewi', ' Budi Santoso ', 'Adi  Putra', 'Kirana']);
    expect(r.value.passengername).toBe('Mrs. Sari Dewi:Mr. Budi Santoso:Mstr. Adi Putra:Miss. Kirana');
  });

  it('counts each type and normalises the route, flight, contact and date (dd-mm-yyyy)', () => {
    const f = fieldsOf([INFANT, CHILD, ADULT_B, ADULT_A]);
    expect(f).toMatchObject({
      adult: '2', child: '1', infant: '1',
      from: 'CGK', to: 'SIN', flight: 'JT-690', date: '20-12-2026', email: 'kasir@loket.test', phone: '081234567890',
    });
  });

  it('aligns optional lists with the sorted order, keeps empty slots, dd-mm-yyyy dates', () => {
    const f = fieldsOf([
      { ...INFANT, passportNumber: 'I1', passportExpiry: '2030-01-31' },
      { ...ADULT_A, dateOfBirth: '1980-05-02', baggage: '20 Kg', passportNumber: 'A1', passportExpiry: '2031-02-28' },
      { ...ADULT_B, passportNumber: 'B2', passportExpiry: '2032-03-15' },
    ]);
    expect(f.passengername).toBe('Mr. Budi Santoso:Mrs. Sari Dewi:Miss. Kirana');
    expect(f.dateofbirth).toBe('02-05-1980::01-03-2026');
    expect(f.baggagevolume).toBe('20 Kg::');
    expect(f.passportnumber).toBe('A1:B2:I1');
    expect(f.passportexpired).toBe('28-02-2031:15-03-2032:31-01-2030');
  });

  it('omits an optional list no passenger has a value for', () => {
    const f = fieldsOf([ADULT_A, { ...ADULT_B, baggage: '   ' }]);
    for (const name of ['dateofbirth', 'baggagevolume', 'passportnumber', 'passportexpired']) expect(f).not.toHaveProperty(name);
  });

  it('refuses a name with ":" (it would shift every positional list), an empty name, and no adult', () => {
    expect(refusalOf([{ ...ADULT_A, name: 'Budi:Santoso' }])).toMatch(/memuat ":"/);
    expect(refusalOf([ADULT_A, { ...ADULT_B, name: '  ' }])).toMatch(/Nama penumpang 2/);
    expect(refusalOf([CHILD])).toBe('Minimal satu penumpang dewasa.');
  });

  it('refuses a passport number or baggage with ":" (it would shift the passengers after it)', () => {
    expect(refusalOf([{ ...ADULT_A, passportNumber: 'A1:2' }, ADULT_B])).toMatch(/":"/);
    expect(refusalOf([{ ...ADULT_A, baggage: '20:Kg' }, ADULT_B])).toMatch(/":"/);
  });

  it('refuses a title not valid for the type and dates that are not real', () => {
    expect(refusalOf([{ ...ADULT_A, title: 'Mstr' }])).toMatch(/Sebutan "Mstr"/);
    expect(refusalOf([{ ...ADULT_A, dateOfBirth: '1980-02-30' }])).toMatch(/tidak valid/);
    expect(refusalOf([{ ...ADULT_A, passportExpiry: '31-12-2030' }])).toMatch(/tidak valid/);
    expect(bookingFields({ ...request([ADULT_A]), date: '20-12-2026' })).toMatchObject({ ok: false, message: expect.stringMatching(/Tanggal/) });
  });
});

const parsed = (body: unknown) => ({ ok: true as const, status: 200, body, raw: JSON.stringify(body) });
const ANSWER = {
  result: 'ok',
  flight: 'Lion Air',
  flight_code: 'JT-690',
  kodebooking: ' ABCDEF ',
  flight_from: 'CGK',
  flight_to: 'SIN',
  flight_publishfare: '1000000',
  flight_tax: '210000',
  flight_totalfare: '1210000',
  flight_shownta: '1180000',
  flight_bonus_agen: '30000',
  flight_timelimit: '20 Dec 2026 10:00',
  flight_statusbooking: 'Waiting',
  flight_datapassengers: JSON.stringify([
    { passenger_title: 'Mr', passenger_fullname: 'Budi Santoso', passenger_type: 'Adult', passenger_dob: '' },
    { passenger_title: 'Miss', passenger_fullname: 'Kirana', passenger_type: 'Infant', passenger_dob: '01-03-2026' },
  ]),
  flight_contactdetails: JSON.stringify({ contact_title: 'Mr', contact_fullname: 'Budi Santoso', contact_email: 'kasir@loket.test', contact_phone: '081234567890' }),
};

describe('mapBookingAnswer', () => {
  it('decodes flight_datapassengers and flight_contactdetails from their JSON strings, and the money fields', () => {
    const r = mapBookingAnswer(parsed(ANSWER), [ADULT_A, INFANT]);
    if (!r.ok) throw new Error(r.message);
    expect(r.value).toMatchObject({
      bookingCode: 'ABCDEF', flightCode: 'JT-690', from: 'CGK', to: 'SIN',
      publishFare: 1_000_000, tax: 210_000, totalFare: 1_210_000, ntaPrice: 1_180_000, agentBonus: 30_000, status: 'waiting',
    });
    expect(r.value.passengers).toEqual([
      { title: 'Mr', fullname: 'Budi Santoso', type: 'adult', dateOfBirth: undefined },
      { title: 'Miss', fullname: 'Kirana', type: 'infant', dateOfBirth: '01-03-2026' },
    ]);
    expect(r.value.contact).toEqual({ title: 'Mr', fullname: 'Budi Santoso', email: 'kasir@loket.test', phone: '081234567890' });
  });

  it('falls back to the passengers it sent when flight_datapassengers does not decode', () => {
    const r = mapBookingAnswer(parsed({ ...ANSWER, flight_datapassengers: '[{bad json', flight_contactdetails: 'x' }), [ADULT_A]);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.passengers).toEqual([{ title: 'Mr', fullname: 'Budi Santoso', type: 'adult', dateOfBirth: undefined }]);
    expect(r.value.contact).toBeUndefined();
  });

  it('a refusal keeps every line of MMBC\'s multi-line message (\\r\\n -> \\n), not retryable', () => {
    const message = "Psg 1 name '' is an empty string\r\nContact name not valid !\r\n";
    expect(mapBookingAnswer(parsed({ result: 'no', message }), [ADULT_A])).toEqual({
      ok: false, retryable: false, code: 'booking_refused', message: "Psg 1 name '' is an empty string\nContact name not valid !",
    });
  });

  it('an answer without the money fields is unexpected, not a booking', () => {
    const { flight_shownta: _omitted, ...rest } = ANSWER;
    expect(mapBookingAnswer(parsed(rest), [ADULT_A])).toMatchObject({ ok: false });
  });
});
