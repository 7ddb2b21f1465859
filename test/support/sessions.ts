/**
 * The session tests call the core on. Fixtures sign the owner in on it (setup first on a fresh data
 * folder), so a test that is not about roles reads like a day at the counter run by the owner.
 */
export const OWNER_SESSION = 'test:owner';

/** For tests that call a handler map directly (no dispatch): the owner's call context. */
export const OWNER_CALL = {
  session: OWNER_SESSION,
  user: { id: 1, name: 'Pemilik Uji', role: 'owner' as const },
  approvedBy: null,
};

/** For unit tests of dispatch itself: every call admitted as the owner. */
export const ownerGate = {
  admit: (session: string) => ({ ok: true as const, call: { ...OWNER_CALL, session } }),
};
