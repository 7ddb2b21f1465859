import type { SessionUser } from '../domain/user-role';
import { AppError } from '../errors/app-error';
import type { Users } from './open-users';
import { timeZones } from '../clock/business-day';
import { refuseZoneChangeWhileOpen, storeOutletProfile, type OutletProfile } from './outlet-profile';
import { hashPin } from './pin-hash';
import { readSetupCompletedAt, storeSetupCompletedAt } from './setup-state';
import { nameKey, sessionUserOf } from './user-repo';

export interface SetupInput {
  outlet: OutletProfile;
  owner: { name: string; pin: string };
  cashiers: { name: string; pin: string }[];
}

export const ALREADY_SET_UP = 'Outlet sudah disiapkan.';

/**
 * The first run: the outlet's profile (the receipt's texts and the zone), the owner and the cashiers
 * in one transaction, so a failure leaves the outlet exactly as unset as before. On a data folder
 * upgraded from before users existed, the "Owner" the upgrade made becomes this owner (its rows keep
 * pointing at it). The owner is then signed in on the session that did the setup.
 */
export async function completeSetup(users: Users, input: SetupInput, session: string): Promise<{ user: SessionUser }> {
  if (users.setup.isDone()) throw new AppError('conflict', ALREADY_SET_UP);
  refuseRepeatedNames([input.owner, ...input.cashiers].map((u) => u.name));
  // Hashing is slow on purpose: done before the transaction, which must not await.
  const ownerHash = await hashPin(input.owner.pin);
  const cashierHashes: string[] = [];
  for (const cashier of input.cashiers) cashierHashes.push(await hashPin(cashier.pin));
  const { ledger, repo } = users;
  const now = users.now();
  const ownerId = ledger.transaction(() => {
    // Two setup screens racing: the second finds the first one's stamp.
    if (readSetupCompletedAt(ledger.db) !== null) throw new AppError('conflict', ALREADY_SET_UP);
    // An upgraded outlet may have a shift left open from before the upgrade (nobody can sign in to close it yet).
    refuseZoneChangeWhileOpen(
      ledger,
      input.outlet.timeZone,
      `Kasir masih buka dari sebelum pembaruan. Pilih zona waktu ${timeZones[ledger.timeZone].label} sekarang; ganti zona waktu di Pengaturan setelah kasir ditutup.`,
    );
    storeOutletProfile(ledger.db, input.outlet);
    const upgraded = repo.activeOwners()[0];
    let id: number;
    if (upgraded) {
      id = upgraded.id;
      repo.rename(id, input.owner.name);
      repo.setPin(id, ownerHash);
    } else {
      id = repo.insert({ name: input.owner.name, role: 'owner', pinHash: ownerHash, createdAt: now });
    }
    input.cashiers.forEach((cashier, i) => repo.insert({ name: cashier.name, role: 'cashier', pinHash: cashierHashes[i] ?? null, createdAt: now }));
    storeSetupCompletedAt(ledger.db, now);
    return id;
  });
  // Live, as app:setTimeZone does: the next entry already takes the outlet's day.
  ledger.setTimeZone(input.outlet.timeZone);
  users.sessions.signIn(session, ownerId);
  repo.signedIn(ownerId, now);
  const owner = repo.byId(ownerId);
  if (!owner) throw new AppError('internal', 'Pemilik tidak tersimpan.');
  return { user: sessionUserOf(owner) };
}

function refuseRepeatedNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = nameKey(name);
    if (seen.has(key)) throw new AppError('invalid_input', `Nama "${name.trim()}" dipakai lebih dari satu kali. Setiap pengguna perlu nama sendiri.`);
    seen.add(key);
  }
}
