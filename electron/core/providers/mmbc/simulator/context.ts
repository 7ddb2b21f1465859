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
}
