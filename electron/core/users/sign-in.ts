import type { SessionUser } from '../domain/user-role';
import { AppError } from '../errors/app-error';
import { SETUP_REQUIRED_MESSAGE } from './access-gate';
import type { Users } from './open-users';
import { hashPin } from './pin-hash';
import { sessionUserOf, type UserRecord } from './user-repo';

const NO_SUCH_USER = 'Pengguna tidak ditemukan atau sudah nonaktif. Pilih nama Anda dari daftar.';

/** Picks a name, types the PIN: on success the session runs as that user until it is locked. */
export async function signIn(users: Users, input: { userId: number; pin: string }, session: string): Promise<{ user: SessionUser }> {
  if (!users.setup.isDone()) throw new AppError('setup_required', SETUP_REQUIRED_MESSAGE);
  const user = activeUser(users, input.userId);
  await users.pins.require(user, input.pin);
  // Read again: the user may have been deactivated while the PIN was being checked.
  const now = activeUser(users, input.userId);
  users.sessions.signIn(session, now.id);
  users.repo.signedIn(now.id, users.now());
  return { user: sessionUserOf(now) };
}

/** The current PIN proves it is the user (a screen left signed in is not enough); wrong ones count. */
export async function changeOwnPin(users: Users, userId: number, input: { currentPin: string; newPin: string }): Promise<{ changed: true }> {
  const user = activeUser(users, userId);
  await users.pins.require(user, input.currentPin);
  users.repo.setPin(user.id, await hashPin(input.newPin));
  return { changed: true };
}

function activeUser(users: Users, id: number): UserRecord {
  const user = users.repo.byId(id);
  if (!user?.active || user.pinHash === null) throw new AppError('not_found', NO_SUCH_USER);
  return user;
}
