import { randomInt, randomUUID } from 'node:crypto';
import { wibIsoDate } from '../../electron/core/providers/mmbc/time';

type Dispatch = (channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown }>;

/** One seller run in this many books and issues a flight ticket (an NTA is ~100x a pulsa's cost; the MMBC deposit is shared). */
export const TICKET_EVERY_RUNS = 5;

/**
 * The ticket counter of a crash seller run: search CGK-DPS, book the cheapest flight with seats
 * (postbooking, no money) and issue it (getissued, the NTA leaves the MMBC deposit) through the
 * core's channels, as the cashier does. The contact phone's last four digits pick the simulator's
 * rule: issued at once, pending then issued (...8888), pending then cancelled and refunded
 * (...7777), or the airline cancels the booking first (...6666). A kill may land anywhere in it.
 */
export async function sellTicket(dispatch: Dispatch, run: number): Promise<void> {
  const date = wibIsoDate(Date.now() + (5 + (run % 200)) * 86_400_000);
  const search = await dispatch('flights:search', { from: 'CGK', to: 'DPS', date, adult: 1, child: 0, infant: 0 });
  if (!search.ok) return;
  const flights = [...(search.value as { flights: { key: string; totalPrice: number; seatsLeft?: number | null }[] }).flights].sort((a, b) => a.totalPrice - b.totalPrice);
  const phone = `0813${String(run).padStart(5, '0')}${['1234', '8888', '7777', '6666'][randomInt(4)]}`;
  for (const flight of flights.slice(0, 5)) {
    const booked = await dispatch('flights:book', {
      requestId: randomUUID(),
      key: flight.key,
      passengers: [{ type: 'adult', title: 'Mr', fullName: 'Uji Crash', dateOfBirth: '1987-09-02' }],
      contact: { email: 'kasir@loket.test', phone },
    });
    const booking = booked.ok ? (booked.value as { booking: { id: number; sellingPrice: number } | null }).booking : null;
    if (!booking) continue;
    await dispatch('flights:issue', { requestId: randomUUID(), bookingId: booking.id, expectedPrice: booking.sellingPrice });
    return;
  }
}
