import type { UserRole } from '../domain/user-role';
import { AppError } from '../errors/app-error';
import type { Users } from './open-users';
import { hashPin } from './pin-hash';
import { nameKey, type UserRecord } from './user-repo';

/** A user as Settings › Pengguna shows it to the owner (never the PIN hash). */
export interface UserView {
  id: number;
  name: string;
  role: UserRole;
  active: boolean;
  hasPin: boolean;
  waitUntil: number | null;
  failedAttempts: number;
  createdAt: number;
  lastSignInAt: number | null;
}

export function userView(users: Users, user: UserRecord): UserView {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    active: user.active,
    hasPin: user.pinHash !== null,
    waitUntil: users.pins.waitUntil(user),
    failedAttempts: user.failedAttempts,
    createdAt: user.createdAt,
    lastSignInAt: user.lastSignInAt,
  };
}

export function listUsers(users: Users): { users: UserView[] } {
  return { users: users.repo.all().map((u) => userView(users, u)) };
}

export async function createUser(users: Users, input: { name: string; role: UserRole; pin: string }): Promise<UserView> {
  refuseTakenName(users, input.name, null);
  const pinHash = await hashPin(input.pin);
  const id = users.ledger.transaction(() => {
    refuseTakenName(users, input.name, null);
    return users.repo.insert({ name: input.name, role: input.role, pinHash, createdAt: users.now() });
  });
  return userView(users, mustFind(users, id));
}

/**
 * Rename, change role, (de)activate. Guards: nobody deactivates themselves (they would lock
 * themselves out mid-action), and the outlet always keeps an active owner, or nobody could change
 * prices, users or settings again. A deactivated user's sessions end at once.
 */
export function updateUser(users: Users, actorId: number | null, input: { id: number; name?: string; role?: UserRole; active?: boolean }): UserView {
  users.ledger.transaction(() => {
    const user = mustFind(users, input.id);
    if (input.name !== undefined) refuseTakenName(users, input.name, user.id);
    if (input.active === false && user.id === actorId) throw new AppError('conflict', 'Anda tidak bisa menonaktifkan akun Anda sendiri.');
    const losesOwner = user.role === 'owner' && user.active && (input.role === 'cashier' || input.active === false);
    if (losesOwner && users.repo.activeOwners().every((o) => o.id === user.id)) {
      throw new AppError('conflict', 'Outlet harus punya minimal satu pemilik aktif. Jadikan pengguna lain pemilik dulu.');
    }
    if (input.name !== undefined) users.repo.rename(user.id, input.name);
    if (input.role !== undefined) users.repo.setRole(user.id, input.role);
    if (input.active !== undefined) users.repo.setActive(user.id, input.active);
  });
  if (input.active === false) users.sessions.endUser(input.id);
  return userView(users, mustFind(users, input.id));
}

/** For a forgotten PIN: a new one, and the wait from wrong PINs is lifted. */
export async function resetPin(users: Users, input: { id: number; pin: string }): Promise<UserView> {
  mustFind(users, input.id);
  users.repo.setPin(input.id, await hashPin(input.pin));
  return userView(users, mustFind(users, input.id));
}

function mustFind(users: Users, id: number): UserRecord {
  const user = users.repo.byId(id);
  if (!user) throw new AppError('not_found', 'Pengguna tidak ditemukan.');
  return user;
}

function refuseTakenName(users: Users, name: string, exceptId: number | null): void {
  const holder = users.repo.byNameKey(nameKey(name));
  if (holder && holder.id !== exceptId) throw new AppError('conflict', `Nama "${name.trim()}" sudah dipakai pengguna lain. Pakai nama lain.`);
}
