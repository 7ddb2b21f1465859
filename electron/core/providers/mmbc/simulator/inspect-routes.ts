import type { SimRoute } from '../../sim-kit';
import type { MmbcSimContext } from './context';

/**
 * Inspection for tests in other processes. The kit answers every /__sim/ path itself (faults),
 * so these live under /__sim-state/mmbc/:
 *   GET  /__sim-state/mmbc/transactions  pulsa top-ups and flight issues (reference, status, amount)
 *   GET  /__sim-state/mmbc/bookings      every booking with its status and time limit
 *   GET  /__sim-state/mmbc/balance       {balance, movements}
 *   POST /__sim-state/mmbc/balance       {"balance": 250000} sets the deposit (to provoke "saldo tidak cukup")
 *   POST /__sim-state/mmbc/bookings/<kodebooking>/expire  the time limit passes now (waiting bookings only)
 *   POST /__sim-state/mmbc/bookings/<kodebooking>/cancel  the airline cancels (refunds a charged issue)
 */
const BOOKING_HOOK = /^\/__sim-state\/mmbc\/bookings\/([A-Za-z0-9]{1,20})\/(expire|cancel)$/;

export function inspectRoutes(ctx: MmbcSimContext): SimRoute[] {
  return [
    { method: 'GET', path: '/__sim-state/mmbc/transactions', endpoint: 'sim-state', handle: () => ({ status: 200, json: transactions(ctx) }) },
    { method: 'GET', path: '/__sim-state/mmbc/bookings', endpoint: 'sim-state', handle: () => ({ status: 200, json: bookings(ctx) }) },
    {
      method: 'GET',
      path: '/__sim-state/mmbc/balance',
      endpoint: 'sim-state',
      handle: () => {
        ctx.settle();
        return { status: 200, json: { balance: ctx.deposit.balance, movements: ctx.deposit.movements } };
      },
    },
    {
      method: 'POST',
      path: '/__sim-state/mmbc/balance',
      endpoint: 'sim-state',
      handle: (req) => {
        let body: unknown;
        try {
          body = JSON.parse(req.rawBody);
        } catch {
          body = undefined;
        }
        const balance = (body as { balance?: unknown } | undefined)?.balance;
        if (typeof balance !== 'number' || !Number.isSafeInteger(balance) || balance < 0) {
          return { status: 400, json: { error: 'expected {"balance": <non-negative integer rupiah>}' } };
        }
        ctx.deposit.set(balance);
        return { status: 200, json: { balance } };
      },
    },
    { method: 'POST', path: BOOKING_HOOK, endpoint: 'sim-state', handle: (req) => bookingHook(ctx, req.path) },
  ];
}

/** 200 with the new status; 404 for an unknown code; 409 when the booking's state forbids it. */
function bookingHook(ctx: MmbcSimContext, path: string) {
  const [, code = '', action] = BOOKING_HOOK.exec(path) ?? [];
  const booking = ctx.bookings.find(code);
  if (!booking) return { status: 404, json: { error: `unknown booking ${code}` } };
  const done = action === 'expire' ? ctx.bookings.expire(booking.code) : ctx.bookings.cancel(booking.code);
  if (!done) return { status: 409, json: { error: `cannot ${action} a booking in status ${booking.status}`, status: booking.status } };
  return { status: 200, json: { kodebooking: booking.code, status: booking.status } };
}

export function transactions(ctx: MmbcSimContext) {
  const pulsa = ctx.topups.list().map((tx) => ({
    kind: 'pulsa' as const,
    reference: tx.invoice,
    status: tx.status,
    amount: tx.product.price,
    debet: tx.debet,
    product: tx.product.code,
    destination: tx.destination,
    itrx: tx.itrx,
    serial: tx.serial,
    createdAt: new Date(tx.createdAt).toISOString(),
  }));
  const flights = ctx.bookings
    .list()
    .filter((b) => b.issueRequestedAt !== null)
    .map((b) => ({
      kind: 'flight' as const,
      reference: b.code,
      status: b.status,
      amount: b.fares.nta,
      debet: b.charged,
      product: b.flight.flightCode,
      destination: `${b.flight.from.code}-${b.flight.to.code} ${b.flight.date}`,
      ticketNumber: b.ticketNumber,
      createdAt: new Date(b.issueRequestedAt ?? b.createdAt).toISOString(),
    }));
  return [...pulsa, ...flights];
}

export function bookings(ctx: MmbcSimContext) {
  return ctx.bookings.list().map((b) => ({
    kodebooking: b.code,
    status: b.status,
    flight: b.flight.flightCode,
    route: `${b.flight.from.code}-${b.flight.to.code}`,
    date: b.flight.date,
    passengers: b.passengers.map((p) => `${p.title}. ${p.fullname}`),
    /** What postbooking got per passenger ("" when not sent), dd-mm-yyyy expiry as sent. */
    passports: b.passengers.map((p) => ({ number: p.passportNumber, expired: p.passportExpired })),
    totalFare: b.fares.total,
    nta: b.fares.nta,
    timeLimit: new Date(b.timeLimitAt).toISOString(),
    charged: b.charged,
  }));
}
