import { describe, expect, it } from 'vitest';
import { checkBooking } from '../../../../electron/core/providers/mmbc/simulator/booking-validation';
import { flightsFor } from '../../../../electron/core/providers/mmbc/simulator/flight-schedule';

/**
 * The simulator's passport rule at the month-end edge, the same as the app's passenger rules
 * (flights/passenger-rules.ts addMonths): 6 months after 31 August is the last day of February.
 */
const DEPARTURE = '2026-08-31';
const flight = flightsFor('CGK', 'SIN', DEPARTURE).find((f) => !f.airline.needsDateOfBirth);

function messages(expiry: string): string[] {
  if (!flight) throw new Error('no CGK-SIN flight on the test date');
  const form = { adult: '1', child: '0', infant: '0', passengername: 'Mr. Budi Santoso', passportnumber: 'B1234567', passportexpired: expiry, email: 'kasir@loket.test', phone: '081234567890' };
  const r = checkBooking(form, flight);
  return r.ok ? [] : r.messages;
}

describe('simulator passport expiry at month end', () => {
  it('accepts an expiry on the last day of the sixth month after a 31st departure', () => {
    expect(messages('28-02-2027')).toEqual([]);
  });

  it('refuses the day before it', () => {
    expect(messages('27-02-2027')).toEqual(["Psg 1 passport expired date '27-02-2027' must be at least 6 months after departure !"]);
  });
});
