import { describe, expect, it } from 'vitest';
import { providerOrder, refusalToFieldErrors } from '../../../electron/core/flights/booking-refusal';

describe('postbooking refusal lines as field errors', () => {
  it("the seed's sample: passenger 1's name, and the contact name as a booking-level error", () => {
    const errors = refusalToFieldErrors("Psg 1 name '' is an empty string\r\nContact name not valid !", ['adult', 'adult']);
    expect(errors).toEqual([
      { passenger: 0, field: 'fullName', message: expect.stringContaining("Psg 1 name '' is an empty string") },
      { passenger: -1, field: 'booking', message: expect.stringContaining('Contact name not valid !') },
    ]);
  });

  it('MMBC counts adults, then children, then infants: "Psg N" goes back to the index in our own list', () => {
    // Our list: infant, child, adult, adult. MMBC's: adult(2), adult(3), child(1), infant(0).
    const types = ['infant', 'child', 'adult', 'adult'] as const;
    expect(providerOrder(types)).toEqual([2, 3, 1, 0]);
    const errors = refusalToFieldErrors(
      "Psg 2 name '' is an empty string\r\nPsg 3 title 'Mr' not valid for Child !\r\nPsg 4 date of birth '01-01-2020' not valid for Infant !\r\nContact email not valid !\r\nContact phone not valid !",
      types,
    );
    expect(errors.map((e) => `${e.passenger}:${e.field}`)).toEqual(['3:fullName', '1:title', '0:dateOfBirth', '-1:email', '-1:phone']);
    expect(errors[1]!.message).toMatch(/^Penumpang 2: sebutan ditolak MMBC/);
  });

  it('seats, "no result" and unknown lines are errors of the booking as a whole', () => {
    const errors = refusalToFieldErrors('Seat tidak mencukupi, sisa seat 1\r\nno result\r\nSesuatu yang lain', ['adult']);
    expect(errors.map((e) => `${e.passenger}:${e.field}`)).toEqual(['-1:booking', '-1:booking', '-1:booking']);
    expect(errors[0]!.message).toMatch(/sisa 1 kursi/);
    expect(errors[1]!.message).toMatch(/Cari ulang/);
    expect(errors[2]!.message).toMatch(/Sesuatu yang lain/);
  });

  it('a "Psg N" beyond the list is kept whole at the booking level', () => {
    expect(refusalToFieldErrors("Psg 5 name '' is an empty string", ['adult'])).toEqual([
      { passenger: -1, field: 'booking', message: expect.stringContaining('Psg 5') },
    ]);
  });
});
