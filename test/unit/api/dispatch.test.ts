import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, contract } from '../../../electron/core/api/contract';
import { createDispatcher, type Handlers } from '../../../electron/core/api/dispatch';
import { AppError } from '../../../electron/core/errors/app-error';
import { openTestCore } from '../../support/core-fixture';
import { OWNER_SESSION, ownerGate, signInOwner } from '../../support/sessions';

let t: Awaited<ReturnType<typeof openTestCore>>;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

describe('dispatch (the one entry into the core)', () => {
  it('has a handler for every channel of the contract', async () => {
    for (const channel of channels) {
      const result = await t.core.dispatch(channel, {}, OWNER_SESSION);
      // Some channels need input, and the flight reads need MMBC (this core runs no simulator); none may be
      // missing a handler (which would be "unknown_channel" or "internal").
      if (!result.ok) expect(['invalid_input', 'provider_unavailable']).toContain(result.error.code);
      // Locking signs the owner out: sign in again so the channels after it still reach their handler.
      if (channel === 'auth:lock') await signInOwner(t.core);
    }
  });

  it('refuses unknown channels, including prototype keys', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await t.core.dispatch(name, {}, OWNER_SESSION)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('refuses input that fails its schema before any handler runs', async () => {
    const cases: unknown[] = [
      { requestId: 'short', amount: '1000' },
      { requestId: 'valid-req-1', amount: { $gt: 1 } },
      { requestId: 'valid-req-1', amount: '1000', extra: true },
      { requestId: 'valid-req-1', amount: 'x'.repeat(41) },
      'not an object',
      [],
    ];
    for (const input of cases) {
      const result = await t.core.dispatch('ledger:recordOpeningCash', input, OWNER_SESSION);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const balances = await t.core.dispatch('ledger:balances', {}, OWNER_SESSION);
    expect(balances.ok && (balances.value as { accounts: { balance: number }[] }).accounts.every((a) => a.balance === 0)).toBe(true);
  });

  it('answers bad amounts with the money parser message', async () => {
    const result = await t.core.dispatch('ledger:recordOpeningCash', { requestId: 'valid-req-1', amount: '1,5' }, OWNER_SESSION);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Nominal "1,5" tidak valid/) } });
  });

  it('turns business errors into readable results and hides unexpected ones', async () => {
    const log = vi.fn();
    const handlers = Object.fromEntries(Object.keys(contract).map((c) => [c, () => { throw new Error('secret stack'); }])) as unknown as Handlers;
    handlers['app:info'] = () => {
      throw new AppError('conflict', 'Sudah tercatat');
    };
    const dispatch = createDispatcher(handlers, { gate: ownerGate, log });
    expect(await dispatch('app:info', {}, OWNER_SESSION)).toEqual({ ok: false, error: { code: 'conflict', message: 'Sudah tercatat' } });
    const hidden = await dispatch('ledger:balances', {}, OWNER_SESSION);
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('secret stack');
    expect(log).toHaveBeenCalledOnce();
  });

  it('says the data was saved when an answer fails its output schema after the handler ran', async () => {
    const log = vi.fn();
    const writes: string[] = [];
    const handlers = Object.fromEntries(Object.keys(contract).map((c) => [c, () => ({})])) as unknown as Handlers;
    handlers['ledger:recordOpeningCash'] = (input) => {
      writes.push(input.requestId);
      return { entryId: 1.5, duplicate: false };
    };
    const result = await createDispatcher(handlers, { gate: ownerGate, log })('ledger:recordOpeningCash', { requestId: 'valid-req-9', amount: '1000' }, OWNER_SESSION);
    expect(writes).toEqual(['valid-req-9']);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).not.toMatch(/tidak diubah/i);
    expect(message).toMatch(/tersimpan, tetapi hasilnya tidak dapat ditampilkan\. Muat ulang layar/);
    expect(log).toHaveBeenCalledOnce();
  });

  it('emits ledger:changed for a new entry and not for a replay', async () => {
    const seen: unknown[] = [];
    t.core.onEvent((event, payload) => seen.push({ event, payload }));
    const input = { requestId: 'valid-req-2', amount: '1000' };
    await t.core.dispatch('ledger:recordOpeningCash', input, OWNER_SESSION);
    await t.core.dispatch('ledger:recordOpeningCash', input, OWNER_SESSION);
    expect(seen).toEqual([{ event: 'ledger:changed', payload: { entryId: 1 } }]);
  });
});
