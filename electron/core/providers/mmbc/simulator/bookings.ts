import type { BookingStatus, PassengerType } from '../contract/flights';
import type { Deposit } from './deposit';
import { normaliseFlightCode, partyFares, type ScheduledFlight } from './flight-schedule';
import { digitsFrom, seededRandom } from './random';
import { issueRule, type IssueRule } from './rules';

/**
 * Flight bookings held by the simulator: seats held until the time limit, then `expired`;
 * issue deducts flight_shownta (total fare minus the agent bonus) from the deposit. Transitions
 * are evaluated lazily on every read, like the pulsa book.
 */
export interface PaxRecord {
  type: PassengerType;
  title: string;
  fullname: string;
  dob: string;
  baggage: string;
  passportNumber: string;
  passportExpired: string;
}

export interface Booking {
  code: string;
  createdAt: number;
  timeLimitAt: number;
  flight: ScheduledFlight;
  passengers: PaxRecord[];
  contact: { title: string; fullname: string; email: string; phone: string };
  counts: { adult: number; child: number; infant: number };
  fares: ReturnType<typeof partyFares>;
  status: BookingStatus;
  rule: IssueRule;
  cancelAt: number | null;
  issueSettleAt: number | null;
  charged: number;
  ticketNumber: string;
  issuedAt: number | null;
  /** When getissued first took money for it (null: never). */
  issueRequestedAt: number | null;
}

export type NewBooking = Pick<Booking, 'flight' | 'passengers' | 'contact' | 'counts'>;

export type IssueDecision =
  | { kind: 'not_found' }
  | { kind: 'state'; booking: Booking }
  | { kind: 'insufficient'; balance: number }
  | { kind: 'issued'; booking: Booking }
  | { kind: 'pending'; booking: Booking };

const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export class BookingBook {
  private readonly byCode = new Map<string, Booking>();
  private counter = 0;

  constructor(
    private readonly deposit: Deposit,
    private readonly options: { timeLimitMs: number; pendingDelayMs: number; now: () => number },
  ) {}

  /** Seats still free on a flight after the bookings that hold or used them. */
  seatsLeft(flight: ScheduledFlight): number {
    this.settleDue();
    const key = flightKey(flight);
    let held = 0;
    for (const b of this.byCode.values()) {
      if (flightKey(b.flight) !== key) continue;
      if (b.status === 'waiting' || b.status === 'pending' || b.status === 'issued') held += b.counts.adult + b.counts.child;
    }
    return Math.max(0, flight.seats - held);
  }

  create(input: NewBooking): Booking {
    const now = this.options.now();
    const rule = issueRule(input.contact.phone);
    const booking: Booking = {
      ...input,
      code: this.nextCode(),
      createdAt: now,
      timeLimitAt: now + this.options.timeLimitMs,
      fares: partyFares(input.flight, input.counts.adult, input.counts.child, input.counts.infant),
      status: 'waiting',
      rule,
      cancelAt: rule === 'airline_cancel' ? now + this.options.pendingDelayMs : null,
      issueSettleAt: null,
      charged: 0,
      ticketNumber: '',
      issuedAt: null,
      issueRequestedAt: null,
    };
    this.byCode.set(booking.code, booking);
    return booking;
  }

  find(code: string): Booking | undefined {
    this.settleDue();
    return this.byCode.get(code.trim().toUpperCase());
  }

  list(): Booking[] {
    this.settleDue();
    return [...this.byCode.values()];
  }

  issue(code: string): IssueDecision {
    const booking = this.find(code);
    if (!booking) return { kind: 'not_found' };
    if (booking.status !== 'waiting') return { kind: 'state', booking };
    const amount = booking.fares.nta;
    if (!this.deposit.canPay(amount)) return { kind: 'insufficient', balance: this.deposit.balance };
    this.deposit.debit(amount, booking.code);
    booking.charged = amount;
    booking.issueRequestedAt = this.options.now();
    if (booking.rule === 'pending_issued' || booking.rule === 'pending_cancel') {
      booking.status = 'pending';
      booking.issueSettleAt = this.options.now() + this.options.pendingDelayMs;
      return { kind: 'pending', booking };
    }
    this.markIssued(booking);
    return { kind: 'issued', booking };
  }

  /** Test/control hooks: what the airline or the clock would do. */
  cancel(code: string): boolean {
    const b = this.find(code);
    if (!b || b.status === 'issued' || b.status === 'expired') return false;
    this.toCancel(b);
    return true;
  }

  expire(code: string): boolean {
    const b = this.find(code);
    if (!b || b.status !== 'waiting') return false;
    b.status = 'expired';
    return true;
  }

  settleDue(): void {
    const now = this.options.now();
    for (const b of this.byCode.values()) {
      if (b.status === 'waiting' && b.cancelAt !== null && b.cancelAt <= now) this.toCancel(b);
      else if (b.status === 'waiting' && b.timeLimitAt <= now) b.status = 'expired';
      else if (b.status === 'pending' && b.issueSettleAt !== null && b.issueSettleAt <= now) {
        if (b.rule === 'pending_cancel') this.toCancel(b);
        else this.markIssued(b);
      }
    }
  }

  private toCancel(b: Booking): void {
    if (b.charged > 0) this.deposit.refund(b.charged, b.code);
    b.charged = 0;
    b.status = 'cancel';
    b.issueSettleAt = null;
    b.cancelAt = null;
  }

  private markIssued(b: Booking): void {
    b.status = 'issued';
    b.issueSettleAt = null;
    b.issuedAt = this.options.now();
    b.ticketNumber = b.flight.airline.needsDateOfBirth
      ? 'Confirm'
      : b.passengers.map((_, i) => digitsFrom(`${b.code}/${i}`, 13)).join('|');
  }

  private nextCode(): string {
    for (;;) {
      this.counter += 1;
      const rand = seededRandom(`kodebooking-${this.counter}`);
      let code = '';
      for (let i = 0; i < 6; i += 1) code += CODE_CHARS[Math.floor(rand() * CODE_CHARS.length)];
      if (!this.byCode.has(code)) return code;
    }
  }
}

function flightKey(f: ScheduledFlight): string {
  return `${f.date}|${normaliseFlightCode(f.flightCode)}|${f.from.code}|${f.to.code}`;
}
