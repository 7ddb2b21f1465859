import { createHash } from 'node:crypto';
import type { AccessGate, Admission } from '../api/dispatch';
import type { ChannelAccess } from '../api/access';
import type { Channel } from '../api/contract';
import type { SessionUser } from '../domain/user-role';
import { AppError } from '../errors/app-error';
import type { SessionBook } from './session-book';
import type { SetupState } from './setup-state';
import { sessionUserOf, type UserRepo } from './user-repo';

export const SETUP_REQUIRED_MESSAGE = 'Outlet belum disiapkan. Selesaikan penyiapan dulu.';
export const SIGNED_OUT_MESSAGE = 'Masuk dulu: pilih nama Anda dan ketik PIN.';

export function forbiddenMessage(does: string, approvable: boolean): string {
  return approvable
    ? `Hanya pemilik yang boleh ${does}. Minta pemilik menyetujui dengan PIN pemilik.`
    : `Hanya pemilik yang boleh ${does}. Pemilik perlu masuk sendiri (Ganti pengguna).`;
}

/** What the owner must do for this call (and whether a cashier may get it approved), or null when any signed-in user may make it. */
export function ownerNeededFor(access: ChannelAccess, input: unknown): { does: string; approvable: boolean } | null {
  if (access.who === 'owner') return { does: access.does, approvable: access.approvable };
  if (access.who === 'signedIn' && access.ownerWhen?.test(input)) return { does: access.ownerWhen.does, approvable: true };
  return null;
}

/** Names one call's input exactly (the parsed input: same schema, same key order), without keeping it. */
export function inputFingerprint(input: unknown): string {
  return createHash('sha256').update(JSON.stringify(input) ?? '').digest('base64url');
}

/**
 * The access table (api/access.ts) applied to a session: before setup only the first screen works;
 * then every channel but the `anyone` ones needs a signed-in, active user; owner channels need the
 * owner, or the owner's one-time approval for exactly that channel on this session. The user's row is
 * read on every call, so a role change or deactivation takes effect on the next call.
 */
export function createAccessGate(deps: { users: UserRepo; sessions: SessionBook; setup: SetupState; now: () => number }): AccessGate {
  const signedInUser = (session: string): SessionUser | null => {
    const id = deps.sessions.userIdOf(session);
    const user = id === null ? null : deps.users.byId(id);
    return user?.active ? sessionUserOf(user) : null;
  };
  const refuse = (who: SessionUser | null, error: AppError): Admission => ({ ok: false, who, error });
  return {
    admit(session: string, channel: Channel, access: ChannelAccess, input: unknown): Admission {
      const user = signedInUser(session);
      if (access.who === 'anyone') return { ok: true, call: { session, user, approvedBy: null } };
      if (!deps.setup.isDone()) return refuse(null, new AppError('setup_required', SETUP_REQUIRED_MESSAGE));
      if (!user) return refuse(null, new AppError('signed_out', SIGNED_OUT_MESSAGE));
      const needed = ownerNeededFor(access, input);
      if (needed === null || user.role === 'owner') return { ok: true, call: { session, user, approvedBy: null } };
      if (!needed.approvable) return refuse(user, new AppError('forbidden', forbiddenMessage(needed.does, false)));
      const call = { channel, fingerprint: inputFingerprint(input) };
      const grant = deps.sessions.takeGrant(session, call, deps.now());
      if (grant) return { ok: true, call: { session, user, approvedBy: grant.approvedBy } };
      // The screen will ask the owner to approve exactly this call.
      deps.sessions.rememberRefused(session, call);
      return refuse(user, new AppError('forbidden', forbiddenMessage(needed.does, true)));
    },
  };
}
