import type { Handlers } from '../dispatch';
import { AppError } from '../../errors/app-error';
import { readOutletSettings } from '../../receipts/outlet-settings';
import { readIdleLockMinutes, storeIdleLockMinutes } from '../../users/idle-lock-setting';
import type { Users } from '../../users/open-users';
import { readOutletProfile, setOutletProfile } from '../../users/outlet-profile';
import { approveOverride } from '../../users/owner-override';
import { completeSetup } from '../../users/setup-outlet';
import { changeOwnPin, signIn } from '../../users/sign-in';
import { createUser, listUsers, resetPin, updateUser } from '../../users/user-admin';

type AuthChannel = 'auth:status' | 'setup:complete' | 'auth:signIn' | 'auth:lock' | 'auth:approveOverride' | 'auth:changePin' | 'auth:setIdleLock' | 'outlet:profile' | 'outlet:setProfile' | 'users:list' | 'users:create' | 'users:update' | 'users:resetPin';

/** Setup, sign-in, the owner's approvals and user management (rules in electron/core/users). */
export function authHandlers(users: Users): Pick<Handlers, AuthChannel> {
  const db = users.ledger.db;
  const signedInId = (user: { id: number } | null): number => {
    if (!user) throw new AppError('signed_out', 'Masuk dulu: pilih nama Anda dan ketik PIN.');
    return user.id;
  };
  return {
    'auth:status': (_input, call) => ({
      setupNeeded: !users.setup.isDone(),
      user: call.user,
      // Deactivated users are not offered on the sign-in screen.
      users: users.repo
        .all()
        .filter((u) => u.active)
        .map((u) => ({ id: u.id, name: u.name, role: u.role, hasPin: u.pinHash !== null, waitUntil: users.pins.waitUntil(u) })),
      idleLockMinutes: readIdleLockMinutes(db),
      outletName: readOutletSettings(db).name,
    }),
    'setup:complete': (input, call) => completeSetup(users, input, call.session),
    'auth:signIn': (input, call) => signIn(users, input, call.session),
    'auth:lock': (_input, call) => {
      users.sessions.lock(call.session);
      return { locked: true as const };
    },
    'auth:approveOverride': (input, call) => approveOverride(users, call.session, input),
    'auth:changePin': (input, call) => changeOwnPin(users, signedInId(call.user), input),
    'auth:setIdleLock': (input) => {
      storeIdleLockMinutes(db, input.minutes);
      return { idleLockMinutes: readIdleLockMinutes(db) };
    },
    'outlet:profile': () => readOutletProfile(users.ledger),
    'outlet:setProfile': (input) => setOutletProfile(users.ledger, input),
    'users:list': () => listUsers(users),
    'users:create': (input) => createUser(users, input),
    'users:update': (input, call) => updateUser(users, call.user?.id ?? null, input),
    'users:resetPin': (input) => resetPin(users, input),
  };
}
