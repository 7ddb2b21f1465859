import { accessOf } from '../api/access';
import { isChannel } from '../api/contract';
import type { SessionUser } from '../domain/user-role';
import { AppError } from '../errors/app-error';
import { waitingError } from './pin-backoff';
import type { Users } from './open-users';
import { verifyPin } from './pin-hash';
import { sessionUserOf } from './user-repo';

/** Long enough to finish the one action on the screen, short enough not to leave a blank cheque behind. */
export const OVERRIDE_VALID_MS = 2 * 60_000;

/**
 * The owner, standing at the cashier's screen, types the owner PIN to allow one call of one owner
 * channel (or a forced sale) on this session. Any active owner's PIN will do. A wrong PIN counts
 * against the owners' backoff exactly as a wrong sign-in does, so this is no side door for guessing.
 */
export async function approveOverride(
  users: Users,
  session: string,
  input: { channel: string; pin: string },
): Promise<{ channel: string; approvedBy: SessionUser; expiresAt: number }> {
  const access = isChannel(input.channel) ? accessOf(input.channel) : undefined;
  const approvable = (access?.who === 'owner' && access.approvable) || (access?.who === 'signedIn' && access.ownerWhen !== undefined);
  if (!approvable) throw new AppError('invalid_input', `Perintah ${input.channel.slice(0, 60)} tidak dapat disetujui di layar kasir: pemilik perlu masuk sendiri.`);
  // The approval is for the call the owner sees refused on this screen, with its input; nothing else.
  const refused = users.sessions.refusedCall(session, input.channel);
  if (!refused) throw new AppError('invalid_input', 'Tidak ada permintaan yang menunggu persetujuan pemilik di layar ini. Ulangi perintahnya dulu.');
  // One PIN check at a time, on fresh rows (pin-backoff.ts): guesses fired together cannot pass the wait.
  return users.pins.exclusive(async () => {
    const owners = users.repo.activeOwners().filter((o) => o.pinHash !== null);
    if (owners.length === 0) throw new AppError('conflict', 'Belum ada pemilik dengan PIN.');
    const ready = owners.filter((o) => users.pins.waitUntil(o) === null);
    if (ready.length === 0) {
      const soonest = Math.min(...owners.map((o) => o.waitUntil ?? 0));
      throw waitingError(soonest, users.now());
    }
    for (const owner of ready) {
      if (await verifyPin(input.pin, owner.pinHash)) {
        users.repo.rightPin(owner.id);
        const approvedBy = sessionUserOf(owner);
        const expiresAt = users.now() + OVERRIDE_VALID_MS;
        users.sessions.grant(session, { ...refused, approvedBy, expiresAt });
        return { channel: input.channel, approvedBy, expiresAt };
      }
    }
    // Matched nobody: it counts as a wrong PIN for each owner it was tried against.
    const refusals = ready.map((owner) => users.pins.countWrong(owner));
    throw refusals[0] ?? new AppError('wrong_pin', 'PIN pemilik salah.');
  });
}
