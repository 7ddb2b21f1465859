import type { Core } from '../../electron/core/app/core';
import { DEFAULT_OUTLET_NAME, DEFAULT_RECEIPT_FOOTER } from '../../electron/core/receipts/outlet-settings';

/**
 * The session tests call the core on. Fixtures sign the owner in on it (setup first on a fresh data
 * folder), so a test that is not about roles reads like a day at the counter run by the owner.
 */
export const OWNER_SESSION = 'test:owner';
export const OWNER_NAME = 'Pemilik Uji';
export const OWNER_PIN = '1234';
/** The session a test's cashier signs in on (see signInCashier). */
export const CASHIER_SESSION = 'test:cashier';

/** For tests that call a handler map directly (no dispatch): the owner's call context (setup makes the owner user 1). */
export const OWNER_CALL = {
  session: OWNER_SESSION,
  user: { id: 1, name: OWNER_NAME, role: 'owner' as const },
  approvedBy: null,
};

/** For unit tests of dispatch itself: every call admitted as the owner. */
export const ownerGate = {
  admit: (session: string) => ({ ok: true as const, call: { ...OWNER_CALL, session } }),
};

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
type Status = { setupNeeded: boolean; users: { id: number; name: string; role: string }[] };

async function must<T>(core: Core, channel: string, input: unknown, session: string): Promise<T> {
  const answer = (await core.dispatch(channel, input, session)) as Answer<T>;
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

/**
 * Completes the first-run setup if the data folder needs it (owner "Pemilik Uji", PIN 1234, the
 * receipt's default outlet texts, the zone the core opened with, so a test's chosen zone stays), then
 * signs the owner in on `session`. Reopening a folder that is set up just signs in.
 */
export async function signInOwner(core: Core, session: string = OWNER_SESSION): Promise<{ id: number; name: string; role: 'owner' }> {
  const status = await must<Status>(core, 'auth:status', {}, session);
  if (status.setupNeeded) {
    const info = await must<{ timeZone: string }>(core, 'app:info', {}, session);
    const outlet = { name: DEFAULT_OUTLET_NAME, address: '', phone: '', footer: DEFAULT_RECEIPT_FOOTER, timeZone: info.timeZone };
    const done = await must<{ user: { id: number; name: string; role: 'owner' } }>(core, 'setup:complete', { outlet, owner: { name: OWNER_NAME, pin: OWNER_PIN } }, session);
    return done.user;
  }
  const owner = status.users.find((u) => u.name === OWNER_NAME && u.role === 'owner');
  if (!owner) throw new Error(`no owner named ${OWNER_NAME} on this data folder`);
  const signed = await must<{ user: { id: number; name: string; role: 'owner' } }>(core, 'auth:signIn', { userId: owner.id, pin: OWNER_PIN }, session);
  return signed.user;
}

/** Creates a cashier through users:create (as the signed-in owner) and signs them in on `session`. */
export async function signInCashier(core: Core, name: string, pin: string, session: string = CASHIER_SESSION): Promise<{ id: number; name: string; role: 'cashier' }> {
  const created = await must<{ id: number }>(core, 'users:create', { name, role: 'cashier', pin }, OWNER_SESSION);
  const signed = await must<{ user: { id: number; name: string; role: 'cashier' } }>(core, 'auth:signIn', { userId: created.id, pin }, session);
  return signed.user;
}
