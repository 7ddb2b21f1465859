import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { providerAdapters } from '../../../electron/core/providers/registry/adapters';
import { SANDBOX_OPENING_DEPOSIT } from '../../../electron/core/providers/sandbox/sandbox-deposits';
import { openTestCore } from '../../support/core-fixture';
import { OWNER_SESSION } from '../../support/sessions';

/**
 * Sandbox mode as a fresh install runs it: every simulator in-process, seeded training deposits the
 * ledger and the simulators agree on, Settings' test connection over real loopback HTTP, and live
 * credentials that go in but never come back out.
 */
let t: Awaited<ReturnType<typeof openTestCore>>;
beforeAll(async () => {
  t = await openTestCore(undefined, { sandbox: 'in-process' });
});
afterAll(() => t.close());

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await t.core.dispatch(channel, input, OWNER_SESSION);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
const fail = async (channel: string, input: unknown) => {
  const result = await t.core.dispatch(channel, input, OWNER_SESSION);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error.message;
};

type Providers = ChannelOutput<'providers:list'>['providers'];
const ids = providerAdapters.map((a) => a.id);

describe('providers in Sandbox mode', () => {
  it('lists every provider in sandbox mode on a loopback simulator', async () => {
    const { providers } = await call<{ providers: Providers }>('providers:list');
    expect(providers.map((p) => p.id)).toEqual(ids);
    for (const p of providers) {
      expect(p.mode).toBe('sandbox');
      expect(p.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      expect(p.credentialFields.every((f) => !f.stored)).toBe(true);
    }
  });

  it.each(ids)('%s: test connection reads the seeded deposit, equal to the ledger', async (id) => {
    const result = await call<{ ok: boolean; balance: number }>('providers:testConnection', { provider: id });
    expect(result).toMatchObject({ ok: true, balance: SANDBOX_OPENING_DEPOSIT });
    const { accounts } = await call<{ accounts: { code: string; balance: number }[] }>('ledger:balances');
    expect(accounts.find((a) => a.code === `deposit:${id}`)?.balance).toBe(SANDBOX_OPENING_DEPOSIT);
    const { providers } = await call<{ providers: Providers }>('providers:list');
    expect(providers.find((p) => p.id === id)?.lastOkAt).toEqual(expect.any(Number));
  });
});

describe('live settings', () => {
  const id = ids[0]!;
  const adapter = providerAdapters[0]!;

  it('refuses to go live without a base URL or credentials, and changes nothing', async () => {
    expect(await fail('providers:configure', { provider: id, mode: 'live' })).toMatch(/Isi alamat API/);
    expect(await fail('providers:configure', { provider: id, mode: 'live', liveBaseUrl: 'https://api.example.co.id' })).toMatch(
      /belum lengkap/,
    );
    expect(await fail('providers:configure', { provider: id, mode: 'live', liveBaseUrl: 'ftp://x' })).toMatch(/https/);
    expect(await fail('providers:configure', { provider: id, mode: 'live', liveBaseUrl: 'not a url' })).toMatch(/tidak valid/);
    expect(await fail('providers:configure', { provider: id, mode: 'sandbox', credentials: { bogus: 'x' } })).toMatch(/tidak dikenal/);
    const { providers } = await call<{ providers: Providers }>('providers:list');
    expect(providers.find((p) => p.id === id)?.mode).toBe('sandbox');
  });

  it('stores credentials sealed, never returns them, and uses them in live mode', async () => {
    // Point "live" at the running simulator with its credentials: the live code path, offline.
    const { providers } = await call<{ providers: Providers }>('providers:list');
    const sandboxUrl = providers.find((p) => p.id === id)!.baseUrl!;
    const sim = await adapter.startSimulator({ initialBalance: 1_234_000 as never });
    try {
      const credentials = Object.fromEntries(Object.entries(sim.credentials as Record<string, string>));
      const status = await call<Providers[number]>('providers:configure', {
        provider: id,
        mode: 'live',
        liveBaseUrl: sim.baseUrl,
        credentials,
      });
      expect(status.mode).toBe('live');
      expect(status.baseUrl).toBe(sim.baseUrl.replace(/\/+$/, ''));
      expect(status.baseUrl).not.toBe(sandboxUrl);
      expect(status.credentialFields.every((f) => f.stored)).toBe(true);
      const live = await call<{ ok: boolean; balance: number }>('providers:testConnection', { provider: id });
      expect(live).toMatchObject({ ok: true, balance: 1_234_000 });

      const everything = JSON.stringify(await call('providers:list'));
      const secretValues = Object.values(credentials).filter((v) => v.length >= 6);
      for (const value of secretValues) {
        expect(everything).not.toContain(value);
        for (const file of readdirSync(t.dir).filter((f) => !f.startsWith('keys'))) {
          if (file.endsWith('.json') || file.startsWith('loket.db')) {
            expect(readFileSync(join(t.dir, file)).toString('latin1')).not.toContain(value);
          }
        }
      }
      // The training deposit leaves the books when the provider goes live.
      const { accounts } = await call<{ accounts: { code: string; balance: number }[] }>('ledger:balances');
      expect(accounts.find((a) => a.code === `deposit:${id}`)?.balance).toBe(0);
    } finally {
      await sim.close();
    }
  });

  it('reports a failed live connection as an error in Settings', async () => {
    await call('providers:configure', { provider: id, mode: 'live', liveBaseUrl: 'http://127.0.0.1:9' });
    const result = await call<{ ok: boolean; message: string }>('providers:testConnection', { provider: id });
    expect(result.ok).toBe(false);
    expect(result.message.length).toBeGreaterThan(5);
    const { providers } = await call<{ providers: Providers }>('providers:list');
    expect(providers.find((p) => p.id === id)?.lastError).toBe(result.message);
  });
});

describe('every provider address is validated', () => {
  const configure = (input: Record<string, unknown>) => t.core.dispatch('providers:configure', { provider: 'iak', mode: 'sandbox', ...input }, OWNER_SESSION);

  it.each([
    'http://api.iak.example.co.id',
    'http://10.0.0.5:8080',
    'http://127.0.0.1.nip.io',
    'http://[::ffff:7f00:1]',
    'ftp://api.iak.example.co.id',
    'https://user:pw@api.iak.example.co.id',
    'https://api.iak.example.co.id/?key=1',
  ])('refuses %s as the live base URL and as IAK\'s postpaid URL', async (url) => {
    const before = JSON.stringify(await call('providers:list'));
    for (const input of [{ liveBaseUrl: url }, { credentials: { postpaidBaseUrl: url } }]) {
      const result = await configure(input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/https:\/\/|tidak boleh|tidak valid/) } });
    }
    expect(JSON.stringify(await call('providers:list'))).toBe(before);
  });

  it.each(['https://api.iak.example.co.id', 'http://127.0.0.1:9', 'http://127.8.9.10', 'http://localhost:5000', 'http://[::1]:5000'])(
    'accepts %s (https, or http on this computer)',
    async (url) => {
      const result = await configure({ liveBaseUrl: url, credentials: { postpaidBaseUrl: url } });
      expect(result).toMatchObject({ ok: true });
    },
  );

  it('names the postpaid field in its refusal', async () => {
    const result = await configure({ credentials: { postpaidBaseUrl: 'http://pasca.example.co.id' } });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Alamat API pascabayar .*harus diawali https:\/\//) } });
  });
});
