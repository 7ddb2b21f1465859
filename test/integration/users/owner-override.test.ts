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
const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: 'Hanya pemilik yang boleh mengubah harga jual. Minta pemilik menyetujui dengan PIN pemilik.' } };
/** An owner action a cashier's screen can meet: the pulsa markup. */
const markup = (amount: string) => ({ category: 'pulsa', markup: amount });
const setMarkup = (amount: string, on = counter()) => on('catalog:setMarkup', markup(amount));

describe('owner override by PIN', () => {
  it("approves one call of that channel on the cashier's session, then refuses again", async () => {
    expect(await setMarkup('2500')).toEqual(FORBIDDEN);
    const approval = valueOf(await counter()('auth:approveOverride', { channel: 'catalog:setMarkup', pin: OWNER_PIN }));
    expect(approval).toEqual({ channel: 'catalog:setMarkup', approvedBy: { id: ownerId, name: 'Bu Sari', role: 'owner' }, expiresAt: h.clock.now + 120_000 });
    // Not for another session, nor another channel, nor other input than the call the owner saw refused.
    expect(await setMarkup('2500', caller(core, OTHER))).toEqual(FORBIDDEN);
    expect(await counter()('day:close', { requestId: 'close-approved-1', day: '2026-11-30' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await setMarkup('9000')).toEqual(FORBIDDEN);
    expect(await setMarkup('2500')).toMatchObject({ ok: true });
    expect(await setMarkup('2500')).toEqual(FORBIDDEN);
  });

  it('an approval expires after two minutes', async () => {
    expect(await setMarkup('2500')).toEqual(FORBIDDEN);
    valueOf(await counter()('auth:approveOverride', { channel: 'catalog:setMarkup', pin: OWNER_PIN }));
    h.clock.now += 120_000;
    expect(await setMarkup('2500')).toEqual(FORBIDDEN);
  });

  it('locking the screen drops an approval not used yet', async () => {
    expect(await setMarkup('2500')).toEqual(FORBIDDEN);
    valueOf(await counter()('auth:approveOverride', { channel: 'catalog:setMarkup', pin: OWNER_PIN }));
    valueOf(await counter()('auth:lock'));
    const users = valueOf(await counter()<{ users: { id: number; name: string }[] }>('auth:status')).users;
    valueOf(await counter()('auth:signIn', { userId: users.find((u) => u.name === 'Andi')!.id, pin: '1111' }));
    expect(await setMarkup('2500')).toEqual(FORBIDDEN);
  });

  it('covers a forced sale (ownerOverride) the same way', async () => {
    const forced = { requestId: 'override-sale-1', productId: 'pulsa:xl:10000', customerNo: '081234567890', ownerOverride: { reason: 'pelanggan menunggu' } };
    expect(await counter()('sales:start', forced)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('memaksa penjualan') } });
    valueOf(await counter()('auth:approveOverride', { channel: 'sales:start', pin: OWNER_PIN }));
    // Past the gate: whatever the sale itself answers, it is no longer the role refusal.
    const after = await counter()('sales:start', forced);
    expect(after.ok ? 'ok' : after.error.code).not.toBe('forbidden');
  });

  it('refuses a channel that needs no approval, and an owner screen a cashier cannot be approved for', async () => {
    for (const channel of ['ledger:balances', 'auth:signIn', 'no:such', 'users:resetPin', 'users:update', 'backups:restore', 'providers:configure']) {
      expect(await counter()('auth:approveOverride', { channel, pin: OWNER_PIN })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('approves only a call this screen was refused: no approval in advance', async () => {
    expect(await counter()('auth:approveOverride', { channel: 'catalog:setMarkup', pin: OWNER_PIN })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('Tidak ada permintaan yang menunggu') },
    });
  });

  it("a cashier cannot turn an approval into the owner's PIN or role", async () => {
    // The review's takeover: approve "reset a PIN", then reset the owner's PIN and sign in as the owner.
    expect(await counter()('users:resetPin', { id: ownerId, pin: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Hanya pemilik yang boleh mengatur ulang PIN. Pemilik perlu masuk sendiri (Ganti pengguna).' },
    });
    expect(await counter()('auth:approveOverride', { channel: 'users:resetPin', pin: OWNER_PIN })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await counter()('users:resetPin', { id: ownerId, pin: '0000' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await caller(core, 'window:new')('auth:signIn', { userId: ownerId, pin: OWNER_PIN })).toMatchObject({ ok: true });
  });

  it("a wrong owner PIN counts against the owner's backoff, like a wrong sign-in", async () => {
    expect(await setMarkup('2500')).toEqual(FORBIDDEN);
    const wrong = () => counter()('auth:approveOverride', { channel: 'catalog:setMarkup', pin: '0000' });
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'wrong_pin', message: 'PIN salah. Coba lagi dalam 30 detik.' } });
    // The owner now waits everywhere: the right PIN is refused unchecked, here and at sign-in.
    expect(await counter()('auth:approveOverride', { channel: 'catalog:setMarkup', pin: OWNER_PIN })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await caller(core, 'window:new')('auth:signIn', { userId: ownerId, pin: OWNER_PIN })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await setMarkup('2500')).toEqual(FORBIDDEN);
  });
});
