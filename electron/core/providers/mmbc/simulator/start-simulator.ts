import { startSimServer, type FaultTable } from '../../sim-kit';
import type { MmbcCredentials } from '../auth';
import { MMBC_SANDBOX_ACCOUNT, type MmbcSandboxAccount } from './account';
import { bookingRoutes } from './booking-routes';
import { BookingBook } from './bookings';
import type { MmbcSimContext } from './context';
import { Deposit, type DepositMovement } from './deposit';
import { flightRoutes } from './flight-routes';
import { bookings, inspectRoutes, transactions } from './inspect-routes';
import { ppobRoutes } from './ppob-routes';
import { pulsaRoutes } from './pulsa-routes';
import { htmlNotFound } from './sim-http';
import { TopupBook } from './topups';

/**
 * MMBC stand-in: one host, one deposit, serving both the pulsa API (seed 000) and the flight API
 * v5.0 (seed 001) at their documented paths. MMBC documents no callback, so `callbackUrl` is
 * accepted for interface symmetry and ignored.
 */
export interface MmbcSimulatorOptions {
  port?: number;
  credentials?: Partial<MmbcSandboxAccount>;
  /** pending -> final after this long (default 300 ms). */
  pendingDelayMs?: number;
  /** Deposit at start, rupiah (default 5,000,000). */
  initialBalance?: number;
  /** Ignored: MMBC has no documented callback. */
  callbackUrl?: string;
  /** Booking time limit: waiting bookings expire this long after postbooking (default 60 min). */
  bookingTimeLimitMs?: number;
  /** Clock, for tests that need to move time (default Date.now). */
  now?: () => number;
}

export interface MmbcSimulator {
  readonly baseUrl: string;
  readonly port: number;
  readonly faults: FaultTable;
  /** The credentials the simulator accepts right now (resetpassword changes the password). */
  readonly credentials: MmbcCredentials;
  readonly account: Readonly<MmbcSandboxAccount>;
  balance(): number;
  setBalance(rupiah: number): void;
  movements(): readonly DepositMovement[];
  transactions(): ReturnType<typeof transactions>;
  bookings(): ReturnType<typeof bookings>;
  /** What the airline would do: cancel a booking (refunds an issue in progress). */
  cancelBooking(kodebooking: string): boolean;
  /** What the clock would do: expire a waiting booking now. */
  expireBooking(kodebooking: string): boolean;
  close(): Promise<void>;
}

export async function startMmbcSimulator(options: MmbcSimulatorOptions = {}): Promise<MmbcSimulator> {
  const now = options.now ?? Date.now;
  const pendingDelayMs = options.pendingDelayMs ?? 300;
  const account: MmbcSandboxAccount = { ...MMBC_SANDBOX_ACCOUNT, ...options.credentials };
  const deposit = new Deposit(options.initialBalance ?? 5_000_000, now);
  const topups = new TopupBook(deposit, account.kodeagen, pendingDelayMs, now);
  const bookingBook = new BookingBook(deposit, { timeLimitMs: options.bookingTimeLimitMs ?? 60 * 60_000, pendingDelayMs, now });
  const ctx: MmbcSimContext = {
    account,
    deposit,
    topups,
    bookings: bookingBook,
    now,
    settle: () => {
      topups.settleDue();
      bookingBook.settleDue();
    },
    // The base URL is known once the server listens; no request reaches a route before that.
    logoUrl: (code) => `${baseUrl}/images/airlines/${code}.png`,
  };
  let baseUrl = '';
  const server = await startSimServer({
    port: options.port,
    routes: [...pulsaRoutes(ctx), ...flightRoutes(ctx), ...bookingRoutes(ctx), ...ppobRoutes(), ...inspectRoutes(ctx)],
    notFound: htmlNotFound,
  });
  baseUrl = server.baseUrl;
  return {
    baseUrl: server.baseUrl,
    port: server.port,
    faults: server.faults,
    get credentials() {
      return { username: account.username, password: account.password };
    },
    account,
    balance: () => {
      ctx.settle();
      return deposit.balance;
    },
    setBalance: (rupiah) => deposit.set(rupiah),
    movements: () => deposit.movements,
    transactions: () => transactions(ctx),
    bookings: () => bookings(ctx),
    cancelBooking: (code) => bookingBook.cancel(code),
    expireBooking: (code) => bookingBook.expire(code),
    close: () => server.close(),
  };
}
