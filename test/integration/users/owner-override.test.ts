import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/core';
import { caller, OUTLET, usersHarness, valueOf } from './users-fixture';

let h: ReturnType<typeof usersHarness>;
let core: Core;
const OWNER = 'window:owner';
const COUNTER = 'window:counter';
const OTHER = 'window:other';
const OWNER_PIN = '4321';
let ownerId: number;
beforeEach(async () => {
  h = usersHarness();
  core = await h.open();
  ownerId = valueOf(await caller(core, OWNER)<{ user: { id: number } }>('setup:complete', { outlet: OUTLET, owner: { name: 'Bu Sari', pin: OWNER_PIN }, cashiers: [{ name: 'Andi', pin: '1111' }, { name: 'Rina', pin: '2222' }] })).user.id;
  const users = valueOf(await caller(core, OWNER)<{ users: { id: number; name: string }[] }>('auth:status')).users;
  valueOf(await caller(core, COUNTER)('auth:signIn', { userId: users.find((u) => u.name === 'Andi')!.id, pin: '1111' }));
  valueOf(await caller(core, OTHER)('auth:signIn', { userId: users.find((u) => u.name === 'Rina')!.id, pin: '2222' }));
});
afterEach(async () => {
  await h.cleanup();
});

const counter = () => caller(core, COUNTER);
const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: 'Hanya pemilik yang boleh mengubah waktu kunci layar. Minta pemilik menyetujui dengan PIN pemilik.' } };

describe('owner override by PIN', () => {
  it("approves one call of that channel on the cashier's session, then refuses again", async () => {
    expect(await counter()('auth:setIdleLock', { minutes: 7 })).toEqual(FORBIDDEN);
    const approval = valueOf(await counter()('auth:approveOverride', { channel: 'auth:setIdleLock', pin: OWNER_PIN }));
    expect(approval).toEqual({ channel: 'auth:setIdleLock', approvedBy: { id: ownerId, name: 'Bu Sari', role: 'owner' }, expiresAt: h.clock.now + 120_000 });
    // Not for another session, nor another channel.
    expect(await caller(core, OTHER)('auth:setIdleLock', { minutes: 7 })).toEqual(FORBIDDEN);
    expect(await counter()('outlet:setProfile', OUTLET)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await counter()('auth:setIdleLock', { minutes: 7 })).toEqual({ ok: true, value: { idleLockMinutes: 7 } });
    expect(await counter()('auth:setIdleLock', { minutes: 8 })).toEqual(FORBIDDEN);
  });

  it('an approval expires after two minutes', async () => {
    valueOf(await counter()('auth:approveOverride', { channel: 'auth:setIdleLock', pin: OWNER_PIN }));
    h.clock.now += 120_000;
    expect(await counter()('auth:setIdleLock', { minutes: 7 })).toEqual(FORBIDDEN);
  });

  it('locking the screen drops an approval not used yet', async () => {
    valueOf(await counter()('auth:approveOverride', { channel: 'auth:setIdleLock', pin: OWNER_PIN }));
    valueOf(await counter()('auth:lock'));
    const users = valueOf(await counter()<{ users: { id: number; name: string }[] }>('auth:status')).users;
    valueOf(await counter()('auth:signIn', { userId: users.find((u) => u.name === 'Andi')!.id, pin: '1111' }));
    expect(await counter()('auth:setIdleLock', { minutes: 7 })).toEqual(FORBIDDEN);
  });

  it('covers a forced sale (ownerOverride) the same way', async () => {
    const forced = { requestId: 'override-sale-1', productId: 'pulsa:xl:10000', customerNo: '081234567890', ownerOverride: { reason: 'pelanggan menunggu' } };
    expect(await counter()('sales:start', forced)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('memaksa penjualan') } });
    valueOf(await counter()('auth:approveOverride', { channel: 'sales:start', pin: OWNER_PIN }));
    // Past the gate: whatever the sale itself answers, it is no longer the role refusal.
    const after = await counter()('sales:start', forced);
    expect(after.ok ? 'ok' : after.error.code).not.toBe('forbidden');
  });

  it('refuses a channel that needs no approval', async () => {
    for (const channel of ['ledger:balances', 'auth:signIn', 'no:such']) {
      expect(await counter()('auth:approveOverride', { channel, pin: OWNER_PIN })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it("a wrong owner PIN counts against the owner's backoff, like a wrong sign-in", async () => {
    const wrong = () => counter()('auth:approveOverride', { channel: 'auth:setIdleLock', pin: '0000' });
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'wrong_pin', message: 'PIN salah. Coba lagi dalam 30 detik.' } });
    // The owner now waits everywhere: the right PIN is refused unchecked, here and at sign-in.
    expect(await counter()('auth:approveOverride', { channel: 'auth:setIdleLock', pin: OWNER_PIN })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await caller(core, 'window:new')('auth:signIn', { userId: ownerId, pin: OWNER_PIN })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await counter()('auth:setIdleLock', { minutes: 7 })).toEqual(FORBIDDEN);
  });
});
