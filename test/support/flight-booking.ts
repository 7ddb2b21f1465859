import { expect } from 'vitest';
import type { MmbcBooking, MmbcClient } from '../../electron/core/providers/mmbc';
import { wibIsoDate } from '../../electron/core/providers/mmbc/time';
import type { FlightIssueInput } from '../../electron/core/sales/flight-issue';

/** What the outlet adds to a ticket's total fare in these tests (the selling price is total + this). */
export const TEST_FLIGHT_MARKUP = 25_000;

/**
 * A real booking at the MMBC simulator (one adult, CGK-DPS) whose contact phone ends with the
 * simulator's rule digits (...8888 pending then issued, ...7777 pending then cancel, ...6666 the
 * airline cancels, other: issued at once). `day` picks the travel date (days ahead): callers pass a
 * counter so no two bookings race for the same flight's seats.
 */
export async function bookFlight(client: MmbcClient, phone: string, day: number): Promise<MmbcBooking> {
  for (let d = day; d < day + 40; d += 1) {
    const date = wibIsoDate(Date.now() + (3 + (d % 300)) * 86_400_000);
    const found = await client.searchFlights({ from: 'CGK', to: 'DPS', date });
    for (const flight of found.ok ? found.value.flights : []) {
      const booked = await client.book({
        from: 'CGK', to: 'DPS', date, flight: flight.flightCode, email: 'kasir@loket.test', phone,
        passengers: [{ type: 'adult', title: 'Mr', name: 'Uji Tiket', dateOfBirth: '1987-09-02' }],
      });
      if (booked.ok) return booked.value;
    }
  }
  throw new Error(`no bookable CGK-DPS flight in 40 days from day ${day}`);
}

/** The issue of a booking as the bookings service will ask for it. */
export function issueInputOf(booking: MmbcBooking, requestId: string): FlightIssueInput {
  return {
    requestId,
    bookingCode: booking.bookingCode,
    productName: `Tiket Pesawat ${booking.flightCode} ${booking.from}-${booking.to}`,
    customerName: booking.contact?.fullname ?? null,
    price: booking.totalFare + TEST_FLIGHT_MARKUP,
    cost: booking.ntaPrice,
    commission: booking.agentBonus ?? 0,
    details: {
      kodeBooking: booking.bookingCode,
      maskapai: booking.airline,
      penerbangan: booking.flightCode,
      rute: `${booking.from}-${booking.to}`,
      berangkat: booking.departure ?? '',
      penumpang: booking.passengers.length,
    },
  };
}

/**
 * The MMBC simulator seen from outside (its control and inspection routes), as the sales fixture
 * holds it: bookings, deposit, the airline's and the clock's hooks, faults, and a request count.
 */
export function mmbcSimControl(baseUrl: string) {
  const origin = new URL(baseUrl).origin;
  const post = async (path: string, body?: unknown) => {
    const res = await fetch(`${origin}${path}`, { method: 'POST', body: body === undefined ? '' : JSON.stringify(body) });
    return res.status;
  };
  const faults = async () => (await (await fetch(`${origin}/__sim/faults`)).json()) as Record<string, { remaining: number; mode: string; ms?: number }>;
  return {
    async status(code: string): Promise<string | undefined> {
      const list = (await (await fetch(`${origin}/__sim-state/mmbc/bookings`)).json()) as { kodebooking: string; status: string }[];
      return list.find((b) => b.kodebooking === code)?.status;
    },
    setBalance: (balance: number) => post('/__sim-state/mmbc/balance', { balance }),
    expire: (code: string) => post(`/__sim-state/mmbc/bookings/${code}/expire`),
    cancel: (code: string) => post(`/__sim-state/mmbc/bookings/${code}/cancel`),
    fault: (endpoint: string, spec: { mode: string; when?: 'before' | 'after'; times?: number; ms?: number }) => post('/__sim/faults', { endpoint, ...spec }),
    clearFaults: async () => void (await fetch(`${origin}/__sim/faults`, { method: 'DELETE' })),
    /** True when no fault is armed on the endpoint (an armed `times: 1` fault was used). */
    async faultUsed(endpoint: string): Promise<boolean> {
      return !(endpoint in (await faults()));
    },
    /**
     * Counts the requests the simulator routes to `endpoint` from now on: a zero-delay "fault" the
     * kit takes one use of per routed request (it answers normally); `count()` reads the uses taken.
     */
    async countFrom(endpoint: string): Promise<{ count(): Promise<number> }> {
      const start = 1_000_000;
      expect(await post('/__sim/faults', { endpoint, mode: 'delay', ms: 0, times: start })).toBe(200);
      return {
        async count() {
          const armed = (await faults())[endpoint];
          return armed && armed.mode === 'delay' ? start - armed.remaining : Number.NaN;
        },
      };
    },
  };
}
