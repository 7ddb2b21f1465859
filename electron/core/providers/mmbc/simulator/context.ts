import type { MmbcSandboxAccount } from './account';
import type { BookingBook } from './bookings';
import type { Deposit } from './deposit';
import type { TopupBook } from './topups';

/** The simulator's state, shared by its route groups. */
export interface MmbcSimContext {
  /** Mutable: resetpassword changes the password. */
  account: MmbcSandboxAccount;
  deposit: Deposit;
  topups: TopupBook;
  bookings: BookingBook;
  now(): number;
  /** Applies every due pending/expiry transition. */
  settle(): void;
  /** The flight_image URL advertised for an airline: the simulator's own PNG (MMBC's CDN is not reachable offline). */
  logoUrl(airlineCode: string): string;
}
