import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/core';
import { caller, OUTLET, usersHarness, valueOf } from './users-fixture';

let h: ReturnType<typeof usersHarness>;
let core: Core;
const OWNER = 'window:owner';
const COUNTER = 'window:counter';
let ownerId: number;
let andiId: number;
beforeEach(async () => {
  h = usersHarness();
  core = await h.open();
  ownerId = valueOf(await caller(core, OWNER)<{ user: { id: number } }>('setup:complete', { outlet: OUTLET, owner: { name: 'Bu Sari', pin: '4321' }, cashiers: [{ name: 'Andi', pin: '1111' }] })).user.id;
  andiId = valueOf(await caller(core, OWNER)<{ users: { id: number; name: string }[] }>('auth:status')).users.find((u) => u.name === 'Andi')!.id;
});
afterEach(async () => {
  await h.cleanup();
});

const owner = () => caller(core, OWNER);
const conflict = (text: string) => ({ ok: false, error: { code: 'conflict', message: expect.stringContaining(text) } });

describe('users (owner only)', () => {
  it('creates a user with a unique name (case and spaces aside) and lists everyone with their state', async () => {
    const budi = valueOf(await owner()<{ id: number }>('users:create', { name: 'Budi', role: 'cashier', pin: '3333' }));
    expect(budi).toMatchObject({ name: 'Budi', role: 'cashier', active: true, hasPin: true, failedAttempts: 0, waitUntil: null, createdAt: h.clock.now, lastSignInAt: null });
    expect(await owner()('users:create', { name: ' budi ', role: 'owner', pin: '4444' })).toEqual(conflict('"budi" sudah dipakai'));
    expect(await owner()('users:update', { id: budi.id, name: 'ANDI' })).toEqual(conflict('"ANDI" sudah dipakai'));
    const names = valueOf(await owner()<{ users: { name: string }[] }>('users:list')).users.map((u) => u.name);
    expect(names).toEqual(['Bu Sari', 'Andi', 'Budi']);
  });

  it('nobody deactivates themselves; the last active owner can be neither demoted nor deactivated', async () => {
    expect(await owner()('users:update', { id: ownerId, active: false })).toEqual(conflict('akun Anda sendiri'));
    expect(await owner()('users:update', { id: ownerId, role: 'cashier' })).toEqual(conflict('minimal satu pemilik aktif'));
    // With a second owner, the first may step down; the second is then the last one.
    const second = valueOf(await owner()<{ id: number }>('users:create', { name: 'Pak Joko', role: 'owner', pin: '5555' }));
    expect(valueOf(await owner()('users:update', { id: ownerId, role: 'cashier' }))).toMatchObject({ role: 'cashier' });
    // The demotion counts at once: the same session is now a cashier's.
    expect(await owner()('users:list')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const joko = caller(core, 'window:joko');
    valueOf(await joko('auth:signIn', { userId: second.id, pin: '5555' }));
    expect(await joko('users:update', { id: second.id, role: 'cashier' })).toEqual(conflict('minimal satu pemilik aktif'));
  });

  it("deactivating a user ends their sessions at once, hides them from sign-in and refuses their PIN", async () => {
    const counter = caller(core, COUNTER);
    valueOf(await counter('auth:signIn', { userId: andiId, pin: '1111' }));
    expect(await counter('ledger:balances')).toMatchObject({ ok: true });
    expect(valueOf(await owner()('users:update', { id: andiId, active: false }))).toMatchObject({ active: false });
    expect(await counter('ledger:balances')).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    const offered = valueOf(await counter<{ users: { id: number }[] }>('auth:status')).users.map((u) => u.id);
    expect(offered).not.toContain(andiId);
    expect(await counter('auth:signIn', { userId: andiId, pin: '1111' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // Reactivated, Andi signs in again with the same PIN.
    valueOf(await owner()('users:update', { id: andiId, active: true }));
    expect(await counter('auth:signIn', { userId: andiId, pin: '1111' })).toMatchObject({ ok: true });
  });

  it('the idle lock is a setting the owner changes and every screen reads in auth:status', async () => {
    expect(valueOf(await caller(core, 'window:nobody')('auth:status'))).toMatchObject({ idleLockMinutes: 5 });
    expect(valueOf(await owner()('auth:setIdleLock', { minutes: 12 }))).toEqual({ idleLockMinutes: 12 });
    expect(valueOf(await caller(core, 'window:nobody')('auth:status'))).toMatchObject({ idleLockMinutes: 12 });
  });

  it('the outlet profile is edited in one store with the receipt; a zone change waits for the counter to close', async () => {
    const changed = { ...OUTLET, name: 'Warung Sari 2', timeZone: 'Asia/Jayapura' as const };
    expect(valueOf(await owner()('outlet:setProfile', changed))).toEqual(changed);
    expect(valueOf(await owner()('receipts:settings'))).toMatchObject({ outlet: { name: 'Warung Sari 2' } });
    expect(valueOf(await owner()('app:info'))).toMatchObject({ timeZone: 'Asia/Jayapura' });
    valueOf(await owner()('shifts:open', { requestId: 'profile-shift-1', float: { amount: 0 } }));
    expect(await owner()('outlet:setProfile', { ...changed, timeZone: 'Asia/Jakarta' })).toEqual(conflict('Tutup kasir dulu'));
    expect(valueOf(await owner()('outlet:setProfile', { ...changed, footer: 'Sampai jumpa' }))).toMatchObject({ footer: 'Sampai jumpa', timeZone: 'Asia/Jayapura' });
  });
});
