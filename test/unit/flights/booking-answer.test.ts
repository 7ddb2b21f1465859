import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../../electron/core/app/event-bus';
import { bookingAnswerProblem } from '../../../electron/core/flights/booking-answer';
import { BookingService } from '../../../electron/core/flights/booking-service';
import { encodeFlightKey } from '../../../electron/core/flights/flight-rows';
import type { MmbcBooking } from '../../../electron/core/providers/mmbc';
import type { ProviderService } from '../../../electron/core/providers/registry/provider-service';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * MMBC's postbooking answer is untrusted: a booking whose code is not a booking code or whose
 * amounts do not hold together (publish + tax <= total, 0 < NTA <= total, 0 <= bonus <= total − NTA)
 * is refused and not saved, saying the booking may exist at MMBC and expires unpaid; a code that is
 * already stored is a conflict, not an internal error.
 */
let fx: LedgerFixture | undefined;
afterEach(() => fx?.close());

/** Amounts as plain numbers: the answer is crafted, as a wrong provider would send it. */
type Over = { [K in keyof MmbcBooking]?: unknown };
const answer = (over: Over = {}): MmbcBooking => ({
  bookingCode: 'ABC123',
  airline: 'Lion Air',
  flightCode: 'JT-690',
  from: 'CGK',
  to: 'DPS',
  passengers: [{ title: 'Mr', fullname: 'Budi Santoso', type: 'adult' }],
  publishFare: 900_000,
  tax: 100_000,
  totalFare: 1_000_000,
  ntaPrice: 980_000,
  agentBonus: 20_000,
  timeLimitText: '24 Nov 2026 12:00',
  status: 'waiting',
  ...over,
}) as unknown as MmbcBooking;

async function serviceAnswering(next: () => MmbcBooking) {
  fx = await openTestLedger();
  const client = { book: () => Promise.resolve({ ok: true, value: next() }) };
  return new BookingService({
    ledger: fx.ledger,
    providers: { client: () => client } as unknown as ProviderService,
    events: new EventBus(),
    issueFlight: () => Promise.reject(new Error('not used')),
    dataDir: fx.dir,
  });
}

let request = 0;
const bookInput = () => ({
  requestId: `answer-book-${(request += 1)}`,
  key: encodeFlightKey({ from: 'CGK', to: 'DPS', date: '2026-12-20', flight: 'JT-690', adultPrice: 1_000_000, airline: 'Lion Air' }),
  passengers: [{ type: 'adult' as const, title: 'Mr', fullName: 'Budi Santoso' }],
  contact: { email: 'budi@contoh.co.id', phone: '081234560101' },
});

describe('an MMBC booking answer that does not hold together is not saved', () => {
  it.each<[string, Over]>([
    ['NTA zero', { ntaPrice: 0, agentBonus: 0 }],
    ['NTA above the total', { ntaPrice: 1_500_000, agentBonus: 0 }],
    ['publish + tax above the total', { publishFare: 900_001 }],
    ['negative bonus', { agentBonus: -1 }],
    ['bonus above total − NTA', { agentBonus: 20_001 }],
    ['booking code with a colon', { bookingCode: 'AB:12' }],
    ['booking code too short', { bookingCode: 'AB1' }],
    ['booking code too long', { bookingCode: 'ABCDEFGHIJKLM' }],
  ])('%s', async (_name, over) => {
    const service = await serviceAnswering(() => answer(over));
    await expect(service.book(bookInput())).rejects.toMatchObject({
      code: 'provider_unavailable',
      message: expect.stringMatching(/tidak disimpan.*mungkin sudah ada di MMBC.*tidak ada uang yang berpindah/),
    });
    expect(fx?.db.prepare('SELECT COUNT(*) AS n FROM flight_booking').get()).toEqual({ n: 0 });
  });

  it('the simulator-shaped answer holds (bonus = total − NTA, or less) and a lower-case code is stored upper-case', async () => {
    expect(bookingAnswerProblem(answer())).toBeNull();
    expect(bookingAnswerProblem(answer({ agentBonus: 0 }))).toBeNull();
    // Baggage bought at booking is in the total (seed: "setelah dikenakan biaya pajak dan bagasi"); AirAsia/Citilink send publishfare 0.
    expect(bookingAnswerProblem(answer({ totalFare: 1_150_000, ntaPrice: 1_130_000 }))).toBeNull();
    expect(bookingAnswerProblem(answer({ publishFare: 0 }))).toBeNull();
    const service = await serviceAnswering(() => answer({ bookingCode: ' abc123 ' }));
    const saved = await service.book(bookInput());
    expect(saved.booking?.bookingCode).toBe('ABC123');
  });

  it('a booking code already stored is a conflict, nothing else saved', async () => {
    const service = await serviceAnswering(() => answer({ bookingCode: 'DUP777' }));
    await service.book(bookInput());
    await expect(service.book(bookInput())).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/DUP777 yang sudah dipakai/) });
    expect(fx?.db.prepare('SELECT COUNT(*) AS n FROM flight_booking').get()).toEqual({ n: 1 });
  });
});
