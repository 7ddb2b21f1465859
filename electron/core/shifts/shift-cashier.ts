import type { SessionUser } from '../domain/user-role';
import { AppError } from '../errors/app-error';

/**
 * The name a shift opens under. The shift belongs to whoever is signed in: their name is the
 * shift's cashier and their id is stamped on the row (shift.user_id, at the INSERT). A `cashier`
 * typed in the call that differs is not refused but not used either: the signed-in name wins.
 * Refusing would break every caller that still sends the old free-text name (a screen from before
 * users, a script) without protecting anything, since the row records the signed-in user whatever
 * is typed; using the typed name would let a cashier open a shift in someone else's name. The
 * opened shift the call returns shows the name it was opened under.
 *
 * With nobody signed in (only before users existed: every shift channel is for a signed-in user
 * once the gate runs) the typed name is all there is, and it is required.
 */
export function shiftCashierName(typed: string | undefined, user: SessionUser | null): string {
  if (user) return user.name;
  const name = typed?.trim() ?? '';
  if (name === '') throw new AppError('invalid_input', 'Nama kasir wajib diisi.');
  return name;
}
