import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app/core';
import { caller, OUTLET, usersHarness, valueOf } from './users-fixture';

let h: ReturnType<typeof usersHarness>;
let core: Core;
let cashierId: number;
const OWNER = 'window:owner';
const COUNTER = 'window:counter';
beforeEach(async () => {
  h = usersHarness();
  core = await h.open();
  valueOf(await caller(core, OWNER)('setup:complete', { outlet: OUTLET, owner: { name: 'Bu Sari', pin: '4321' }, cashiers: [{ name: 'Andi', pin: '1111' }] }));
  const users = valueOf(await caller(core, OWNER)<{ users: { id: number; name: string }[] }>('auth:status')).users;
  cashierId = users.find((u) => u.name === 'Andi')!.id;
});
afterEach(async () => {
  await h.cleanup();
});

const SECOND = 1000;
const signIn = (pin: string, on: Core = core) => caller(on, COUNTER)('auth:signIn', { userId: cashierId, pin });
/** Five wrong PINs, each after the previous wait ended: the 15-minute lock. */
async function lockOut(): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    expect(await signIn('0000')).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    if (i < 4) h.clock.now += 60 * SECOND;
  }
}

describe('signing in', () => {
  it('picks a name, types the PIN: the session then runs as that user, until it is locked', async () => {
    const call = caller(core, COUNTER);
    expect(await signIn('1111')).toEqual({ ok: true, value: { user: { id: cashierId, name: 'Andi', role: 'cashier' } } });
    expect(valueOf(await call('auth:status'))).toMatchObject({ user: { id: cashierId, name: 'Andi' } });
    expect(await call('ledger:balances')).toMatchObject({ ok: true });
    expect(valueOf(await call('auth:lock'))).toEqual({ locked: true });
    expect(await call('ledger:balances')).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect(valueOf(await call('auth:status'))).toMatchObject({ user: null });
  });

  it('never answers with the PIN or its hash', async () => {
    const everything = JSON.stringify([await signIn('1111'), await caller(core, OWNER)('users:list'), await caller(core, OWNER)('auth:status')]);
    expect(everything).not.toContain('1111');
    expect(everything).not.toContain('scrypt');
  });
});

describe('wrong PINs', () => {
  it('2 free tries, then waits of 30 s, 60 s and 15 minutes; a waiting user is refused without the PIN being checked', async () => {
    expect(await signIn('0000')).toEqual({ ok: false, error: { code: 'wrong_pin', message: 'PIN salah. Jika salah 2 kali lagi, Anda harus menunggu sebelum mencoba lagi.' } });
    expect(await signIn('0000')).toEqual({ ok: false, error: { code: 'wrong_pin', message: 'PIN salah. Jika salah 1 kali lagi, Anda harus menunggu sebelum mencoba lagi.' } });
    expect(await signIn('0000')).toEqual({ ok: false, error: { code: 'wrong_pin', message: 'PIN salah. Coba lagi dalam 30 detik.' } });
    // Even the right PIN is refused while waiting.
    h.clock.now += 10 * SECOND;
    expect(await signIn('1111')).toEqual({ ok: false, error: { code: 'locked', message: 'Terlalu banyak PIN salah. Coba lagi dalam 20 detik.' } });
    h.clock.now += 20 * SECOND;
    expect(await signIn('0000')).toEqual({ ok: false, error: { code: 'wrong_pin', message: 'PIN salah. Coba lagi dalam 1 menit.' } });
    h.clock.now += 60 * SECOND;
    expect(await signIn('0000')).toEqual({ ok: false, error: { code: 'wrong_pin', message: 'PIN salah. Coba lagi dalam 15 menit.' } });
    h.clock.now += 61 * SECOND;
    expect(await signIn('1111')).toEqual({ ok: false, error: { code: 'locked', message: 'Terlalu banyak PIN salah. Coba lagi dalam 14 menit.' } });
    // The sign-in screen shows the wait.
    const listed = valueOf(await caller(core, COUNTER)<{ users: { id: number; waitUntil: number | null }[] }>('auth:status')).users;
    expect(listed.find((u) => u.id === cashierId)?.waitUntil).toBeGreaterThan(h.clock.now);
  });

  it('guesses sent all at once are checked one by one: the backoff holds, the right PIN among them is refused', async () => {
    // Ten PINs in flight together (a script on the headless API): each must see the wrong ones before it.
    const guesses = ['0000', '0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008', '1111'];
    const answers = await Promise.all(guesses.map((pin) => signIn(pin)));
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['wrong_pin', 'wrong_pin', 'wrong_pin', ...Array<string>(7).fill('locked')]);
  });

  it('owner PINs guessed all at once for an approval are checked one by one too', async () => {
    valueOf(await signIn('1111'));
    const counter = caller(core, COUNTER);
    expect(await counter('day:close', { requestId: 'close-guess-1', day: '2026-11-30' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const guesses = ['0000', '0001', '0002', '0003', '0004', '4321'];
    const answers = await Promise.all(guesses.map((pin) => counter('auth:approveOverride', { channel: 'day:close', pin })));
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['wrong_pin', 'wrong_pin', 'wrong_pin', 'locked', 'locked', 'locked']);
  });

  it('the lock survives a restart; after it ends the right PIN signs in and clears the count', async () => {
    await lockOut();
    await h.closeCore(core);
    core = await h.open();
    expect(await signIn('1111')).toMatchObject({ ok: false, error: { code: 'locked', message: 'Terlalu banyak PIN salah. Coba lagi dalam 15 menit.' } });
    h.clock.now += 15 * 60 * SECOND;
    expect(await signIn('1111')).toMatchObject({ ok: true });
    // Counting starts over: one wrong PIN is a free one again.
    expect(await signIn('0000')).toMatchObject({ ok: false, error: { code: 'wrong_pin', message: expect.stringContaining('2 kali lagi') } });
  });

  it("the owner's PIN reset lifts the lock at once", async () => {
    await lockOut();
    const owner = caller(core, OWNER);
    expect(valueOf(await owner<{ users: { id: number; failedAttempts: number; waitUntil: number | null }[] }>('users:list')).users.find((u) => u.id === cashierId)).toMatchObject({ failedAttempts: 5, waitUntil: expect.any(Number) });
    expect(valueOf(await owner('users:resetPin', { id: cashierId, pin: '5555' }))).toMatchObject({ id: cashierId, failedAttempts: 0, waitUntil: null });
    expect(await signIn('1111')).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await signIn('5555')).toMatchObject({ ok: true });
  });

  it('changing one\'s own PIN needs the current one, and wrong ones count', async () => {
    valueOf(await signIn('1111'));
    const call = caller(core, COUNTER);
    expect(await call('auth:changePin', { currentPin: '0000', newPin: '7777' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await call('auth:changePin', { currentPin: '0000', newPin: '7777' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await call('auth:changePin', { currentPin: '0000', newPin: '7777' })).toMatchObject({ ok: false, error: { code: 'wrong_pin', message: 'PIN salah. Coba lagi dalam 30 detik.' } });
    expect(await call('auth:changePin', { currentPin: '1111', newPin: '7777' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    h.clock.now += 30 * SECOND;
    expect(valueOf(await call('auth:changePin', { currentPin: '1111', newPin: '7777' }))).toEqual({ changed: true });
    expect(await signIn('1111')).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await signIn('7777')).toMatchObject({ ok: true });
  });
});
