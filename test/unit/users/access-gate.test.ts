import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { channelAccess } from '../../../electron/core/api/access';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { createAccessGate, inputFingerprint } from '../../../electron/core/users/access-gate';
import { SessionBook } from '../../../electron/core/users/session-book';
import { SetupState, storeSetupCompletedAt } from '../../../electron/core/users/setup-state';
import { UserRepo } from '../../../electron/core/users/user-repo';

function world() {
  const db = new Database(':memory:');
  applyMigrations(db, migrations);
  const users = new UserRepo(db);
  const sessions = new SessionBook();
  const clock = { now: 1_000 };
  const gate = createAccessGate({ users, sessions, setup: new SetupState(db), now: () => clock.now });
  storeSetupCompletedAt(db, 1);
  const owner = users.insert({ name: 'Bu Sari', role: 'owner', pinHash: null, createdAt: 1 });
  const cashier = users.insert({ name: 'Andi', role: 'cashier', pinHash: null, createdAt: 1 });
  sessions.signIn('window:owner', owner);
  sessions.signIn('window:counter', cashier);
  return { db, users, sessions, clock, gate, owner, cashier };
}

describe('access gate', () => {
  it("runs an approved call as the cashier, with the approving owner named, once", () => {
    const w = world();
    const sari = { id: w.owner, name: 'Bu Sari', role: 'owner' as const };
    const day = { requestId: 'close-1', day: '2026-11-30' };
    w.sessions.grant('window:counter', { channel: 'day:close', fingerprint: inputFingerprint(day), approvedBy: sari, expiresAt: 2_000 });
    // Other input is not what the owner approved.
    expect(w.gate.admit('window:counter', 'day:close', channelAccess['day:close'], { ...day, day: '2026-11-29' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admitted = w.gate.admit('window:counter', 'day:close', channelAccess['day:close'], day);
    expect(admitted).toEqual({ ok: true, call: { session: 'window:counter', user: { id: w.cashier, name: 'Andi', role: 'cashier' }, approvedBy: sari } });
    expect(w.gate.admit('window:counter', 'day:close', channelAccess['day:close'], day)).toMatchObject({ ok: false, who: { id: w.cashier }, error: { code: 'forbidden' } });
  });

  it("refuses a cashier the owner's own screens without offering an approval", () => {
    const w = world();
    expect(w.gate.admit('window:counter', 'users:resetPin', channelAccess['users:resetPin'], { id: w.owner, pin: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Hanya pemilik yang boleh mengatur ulang PIN. Pemilik perlu masuk sendiri (Ganti pengguna).' },
    });
    expect(w.sessions.refusedCall('window:counter', 'users:resetPin')).toBeNull();
  });

  it("reads the user's row on every call: a demotion or deactivation counts at once", () => {
    const w = world();
    const ownerCall = () => w.gate.admit('window:owner', 'users:list', channelAccess['users:list'], {});
    expect(ownerCall()).toMatchObject({ ok: true });
    w.users.setRole(w.owner, 'cashier');
    expect(ownerCall()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    w.users.setActive(w.owner, false);
    expect(ownerCall()).toMatchObject({ ok: false, error: { code: 'signed_out' } });
  });

  it('answers the first screen for anyone, with the signed-in user when there is one', () => {
    const w = world();
    expect(w.gate.admit('window:nobody', 'auth:status', channelAccess['auth:status'], {})).toEqual({ ok: true, call: { session: 'window:nobody', user: null, approvedBy: null } });
    expect(w.gate.admit('window:counter', 'auth:status', channelAccess['auth:status'], {})).toMatchObject({ ok: true, call: { user: { id: w.cashier } } });
  });
});
