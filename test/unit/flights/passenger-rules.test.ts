import { describe, expect, it } from 'vitest';
import {
  addMonths,
  airlineNeedsDateOfBirth,
  checkPassengers,
  fullNameProblem,
  parseIsoDate,
  passengerMixProblem,
  wholeYearsOn,
  type PassengerCheck,
  type PassengerToCheck,
} from '../../../electron/core/flights/passenger-rules';

const adult = (extra: Partial<PassengerToCheck> = {}): PassengerToCheck => ({ type: 'adult', title: 'Mr', fullName: 'Budi Santoso', ...extra });
const child = (dateOfBirth: string, extra: Partial<PassengerToCheck> = {}): PassengerToCheck => ({ type: 'child', title: 'Miss', fullName: 'Sari Santoso', dateOfBirth, ...extra });
const infant = (dateOfBirth: string, extra: Partial<PassengerToCheck> = {}): PassengerToCheck => ({ type: 'infant', title: 'Mstr', fullName: 'Adi Santoso', dateOfBirth, ...extra });

function check(passengers: PassengerToCheck[], extra: Partial<PassengerCheck> = {}) {
  return checkPassengers({
    flightDate: '2026-06-15',
    international: false,
    airlineNeedsDateOfBirth: false,
    passengers,
    contact: { email: 'budi@contoh.co.id', phone: '081234567890' },
    ...extra,
  });
}
const fields = (errors: { passenger: number; field: string }[]) => errors.map((e) => `${e.passenger}:${e.field}`);
const date = (text: string) => parseIsoDate(text)!;

describe('passenger rules', () => {
  it('accepts a complete domestic booking (1 adult, 1 child, 1 infant)', () => {
    expect(check([adult(), child('2018-01-01'), infant('2025-06-01')])).toEqual([]);
  });

  describe('titles', () => {
    it('adults take Mr/Mrs/Ms, children and infants Mstr/Miss (a trailing dot and any case are fine)', () => {
      expect(check([adult({ title: 'mrs.' }), child('2018-01-01', { title: 'MSTR' })])).toEqual([]);
      expect(fields(check([adult({ title: 'Mstr' }), child('2018-01-01', { title: 'Mr' }), infant('2025-06-01', { title: 'Ms' })]))).toEqual(['0:title', '1:title', '2:title']);
    });
    it('a missing title is named', () => {
      const [error] = check([adult({ title: ' ' })]);
      expect(error).toMatchObject({ passenger: 0, field: 'title' });
      expect(error!.message).toContain('Mr/Mrs/Ms');
    });
  });

  describe('names as on the ID', () => {
    it('letters, spaces and . \' - are accepted', () => {
      expect(fullNameProblem("Siti Nur'aini")).toBeNull();
      expect(fullNameProblem('Anne-Marie St. John')).toBeNull();
    });
    it('empty, digits, ":" and other symbols are refused', () => {
      expect(fullNameProblem('  ')).toMatch(/wajib/);
      expect(fullNameProblem('Budi 2')).toMatch(/huruf/);
      expect(fullNameProblem('Budi:Ani')).toMatch(/huruf/);
      expect(fullNameProblem('José')).toMatch(/huruf latin/);
    });
    it('length: 2 letters minimum, 50 characters maximum', () => {
      expect(fullNameProblem('A')).toMatch(/minimal 2/);
      expect(fullNameProblem('Al')).toBeNull();
      expect(fullNameProblem('A'.repeat(50))).toBeNull();
      expect(fullNameProblem('A'.repeat(51))).toMatch(/maksimal 50/);
    });
  });

  describe('date of birth and age on the flight date', () => {
    it('children and infants always need one; adults only when the airline asks', () => {
      expect(fields(check([adult(), { type: 'child', title: 'Miss', fullName: 'Sari' }, { type: 'infant', title: 'Miss', fullName: 'Rina' }]))).toEqual([
        '1:dateOfBirth',
        '2:dateOfBirth',
      ]);
      expect(fields(check([adult()], { airlineNeedsDateOfBirth: true }))).toEqual(['0:dateOfBirth']);
      expect(check([adult({ dateOfBirth: '1990-01-01' })], { airlineNeedsDateOfBirth: true })).toEqual([]);
    });
    it('adult: 12 on the flight date, not the day before the 12th birthday', () => {
      expect(fields(check([adult({ dateOfBirth: '2014-06-16' })]))).toEqual(['0:dateOfBirth']);
      expect(check([adult({ dateOfBirth: '2014-06-15' })])).toEqual([]);
    });
    it('child: from the 2nd birthday up to the day before the 12th', () => {
      expect(fields(check([adult(), child('2024-06-16')]))).toEqual(['1:dateOfBirth']); // day before the 2nd birthday
      expect(check([adult(), child('2024-06-15')])).toEqual([]); // the 2nd birthday
      expect(check([adult(), child('2014-06-16')])).toEqual([]); // day before the 12th birthday
      expect(fields(check([adult(), child('2014-06-15')]))).toEqual(['1:dateOfBirth']); // the 12th birthday
    });
    it('infant: under 2 (the day before the 2nd birthday) and at least 3 months old', () => {
      expect(check([adult(), infant('2024-06-16')])).toEqual([]);
      expect(fields(check([adult(), infant('2024-06-15')]))).toEqual(['1:dateOfBirth']);
      expect(check([adult(), infant('2026-03-15')])).toEqual([]);
      expect(fields(check([adult(), infant('2026-03-16')]))).toEqual(['1:dateOfBirth']);
    });
    it('a date of birth after the flight, or not on the calendar, is refused', () => {
      expect(check([adult(), child('2026-06-16')])[0]!.message).toContain('setelah tanggal penerbangan');
      expect(check([adult(), child('2018-02-30')])[0]!.message).toContain('tidak valid');
    });
    it('29 February birthdays: the birthday is 1 March in other years', () => {
      expect(wholeYearsOn(date('2016-02-29'), date('2018-02-28'))).toBe(1);
      expect(wholeYearsOn(date('2016-02-29'), date('2018-03-01'))).toBe(2);
      expect(wholeYearsOn(date('2016-02-29'), date('2020-02-29'))).toBe(4);
      // a child born 29 Feb 2016 flying on 28 Feb 2028 (leap year) is still 11; on 29 Feb 2028 12 -> no longer a child
      expect(check([adult(), child('2016-02-29')], { flightDate: '2028-02-28' })).toEqual([]);
      expect(fields(check([adult(), child('2016-02-29')], { flightDate: '2028-02-29' }))).toEqual(['1:dateOfBirth']);
      // an infant born 29 Feb 2024 flying 28 Feb 2026 is still under 2; on 1 March 2026 it is 2
      expect(check([adult(), infant('2024-02-29')], { flightDate: '2026-02-28' })).toEqual([]);
      expect(fields(check([adult(), infant('2024-02-29')], { flightDate: '2026-03-01' }))).toEqual(['1:dateOfBirth']);
    });
  });

  describe('passenger mix', () => {
    it('infants never more than adults', () => {
      expect(passengerMixProblem({ adult: 1, child: 0, infant: 2 })).toMatch(/bayi \(2\).*dewasa \(1\)/);
      expect(fields(check([adult(), infant('2025-06-01'), infant('2025-07-01')]))).toEqual(['-1:passengers']);
      expect(passengerMixProblem({ adult: 2, child: 0, infant: 2 })).toBeNull();
    });
    it('at least one adult; at most 7 adults and children', () => {
      expect(passengerMixProblem({ adult: 0, child: 1, infant: 0 })).toMatch(/Minimal 1/);
      expect(passengerMixProblem({ adult: 4, child: 3, infant: 4 })).toBeNull();
      expect(passengerMixProblem({ adult: 4, child: 4, infant: 0 })).toMatch(/Maksimal 7/);
    });
  });

  describe('passports on international routes', () => {
    const intl = { international: true, flightDate: '2026-08-31' };
    const passport = (expiry: string) => adult({ passportNumber: 'A1234567', passportCountry: 'Indonesia', passportExpiry: expiry });
    it('number, country and expiry are required', () => {
      expect(fields(check([adult()], intl))).toEqual(['0:passportNumber', '0:passportCountry', '0:passportExpiry']);
      expect(check([adult()])).toEqual([]); // domestic: none asked
    });
    it('expiry exactly 6 months after departure is enough, a day less is not (31 Aug + 6 months = 28 Feb)', () => {
      expect(addMonths(date('2026-08-31'), 6)).toEqual(date('2027-02-28'));
      expect(check([passport('2027-02-28')], intl)).toEqual([]);
      const [error] = check([passport('2027-02-27')], intl);
      expect(error).toMatchObject({ passenger: 0, field: 'passportExpiry' });
      expect(error!.message).toContain('2027-02-28');
    });
    it('a plain date: expiry on the same day 6 months later passes, the day before fails', () => {
      expect(check([passport('2027-03-15')], { international: true, flightDate: '2026-09-15' })).toEqual([]);
      expect(fields(check([passport('2027-03-14')], { international: true, flightDate: '2026-09-15' }))).toEqual(['0:passportExpiry']);
    });
    it('a passport number with symbols is refused', () => {
      expect(fields(check([adult({ passportNumber: 'A12-345', passportCountry: 'ID', passportExpiry: '2030-01-01' })], intl))).toEqual(['0:passportNumber']);
    });
  });

  describe('contact', () => {
    it('email and an Indonesian mobile number are required and checked', () => {
      expect(fields(check([adult()], { contact: { email: '', phone: '' } }))).toEqual(['-1:email', '-1:phone']);
      expect(fields(check([adult()], { contact: { email: 'budi@contoh', phone: '021555123' } }))).toEqual(['-1:email', '-1:phone']);
      expect(check([adult()], { contact: { email: 'a.b@c.id', phone: '+62 812-3456-7890' } })).toEqual([]);
    });
  });

  it('Citilink, AirAsia and JetStar ask every date of birth (name or flight number)', () => {
    expect(airlineNeedsDateOfBirth('Citilink')).toBe(true);
    expect(airlineNeedsDateOfBirth('AirAsia')).toBe(true);
    expect(airlineNeedsDateOfBirth('QZ-7682')).toBe(true);
    expect(airlineNeedsDateOfBirth('JetStar')).toBe(true);
    expect(airlineNeedsDateOfBirth('Lion Air')).toBe(false);
    expect(airlineNeedsDateOfBirth('JT-690')).toBe(false);
  });

  describe('baggage', () => {
    it('empty (the fare\'s allowance), the form\'s choices and any "NN Kg" from 1 to 40 kg are accepted', () => {
      for (const baggage of [undefined, '', '  ', '15 Kg', '20 Kg', '25 Kg', '30 Kg', '1 Kg', '40 Kg', '20kg', '20 KG']) {
        expect(check([adult({ baggage })]), String(baggage)).toEqual([]);
      }
    });

    it('0 kg, over 40 kg, no unit, other units and ":" are refused per passenger, field baggage, in Indonesian', () => {
      for (const baggage of ['0 Kg', '41 Kg', '100 Kg', '20', 'Kg', '20 lbs', '20 Kg:30 Kg', ':', '-5 Kg', '2.5 Kg']) {
        const errors = check([adult(), adult({ baggage, fullName: 'Dewi Santoso', title: 'Mrs' })]);
        expect(errors, baggage).toEqual([{ passenger: 1, field: 'baggage', message: expect.stringMatching(/^Penumpang 2: bagasi .*1-40 Kg/) }]);
      }
    });
  });
});
