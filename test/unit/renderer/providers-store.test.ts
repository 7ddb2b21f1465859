import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setPosClient } from '../../../renderer/src/api/pos';
import type { ProviderId, Result } from '../../../renderer/src/api/contract-types';
import {
  useProvidersStore,
  type ConfigureInput,
  type ConnectionCheck,
  type ProviderStatus,
} from '../../../renderer/src/stores/providers';
import { createFakePos, ok, type FakePos } from './fake-pos';

const FIELDS: Record<ProviderId, { name: string; label: string; multiline?: boolean }[]> = {
  mmbc: [
    { name: 'username', label: 'Username' },
    { name: 'password', label: 'Password' },
  ],
  iak: [
    { name: 'username', label: 'Username' },
    { name: 'apiKey', label: 'API key' },
  ],
  ayoconnect: [{ name: 'apiKey', label: 'API key' }],
  klikoo: [
    { name: 'clientId', label: 'Client ID' },
    { name: 'privateKey', label: 'Private key (PEM)', multiline: true },
  ],
};

/**
 * A small core for provider settings: it keeps secrets to itself (only `stored` goes out), refuses
 * Live without an address and every credential with an Indonesian message, and emits
 * `providers:changed` as the real one does.
 */
function fakeCore() {
  const secrets = new Map<ProviderId, Record<string, string>>();
  const rows = new Map<ProviderId, { mode: 'sandbox' | 'live'; liveBaseUrl: string | null; lastOkAt: number | null; lastError: string | null; lastErrorAt: number | null }>();
  const ids = Object.keys(FIELDS) as ProviderId[];
  for (const id of ids) {
    rows.set(id, { mode: 'sandbox', liveBaseUrl: null, lastOkAt: null, lastError: null, lastErrorAt: null });
    secrets.set(id, {});
  }
  let clock = 1_700_000_000_000;
  const checks: Partial<Record<ProviderId, Result<ConnectionCheck>>> = {};

  const status = (id: ProviderId): ProviderStatus => {
    const row = rows.get(id)!;
    return {
      id,
      name: id.toUpperCase(),
      mode: row.mode,
      baseUrl: row.mode === 'live' ? row.liveBaseUrl : `http://127.0.0.1:4${ids.indexOf(id)}00`,
      liveBaseUrl: row.liveBaseUrl,
      credentialFields: FIELDS[id].map((f) => ({ name: f.name, label: f.label, stored: Boolean(secrets.get(id)![f.name]), multiline: f.multiline ?? false })),
      lastOkAt: row.lastOkAt,
      lastError: row.lastError,
      lastErrorAt: row.lastErrorAt,
    };
  };
  const refuse = (message: string) => ({ ok: false as const, error: { code: 'invalid_input', message } });

  const fake: FakePos = createFakePos({
    'providers:list': () => ok({ providers: ids.map(status) }),
    'providers:testConnection': ({ provider }) => {
      const answer = checks[provider] ?? ok({ ok: true, balance: 5_000_000, message: 'Terhubung.', checkedAt: ++clock });
      const row = rows.get(provider)!;
      if (answer.ok && answer.value.ok) row.lastOkAt = answer.value.checkedAt;
      else if (answer.ok) Object.assign(row, { lastError: answer.value.message, lastErrorAt: answer.value.checkedAt });
      fake.emit('providers:changed', { provider });
      return answer;
    },
    'providers:configure': (input) => {
      const row = rows.get(input.provider)!;
      const liveBaseUrl = input.liveBaseUrl === undefined ? row.liveBaseUrl : input.liveBaseUrl.trim().replace(/\/+$/, '') || null;
      const merged = { ...secrets.get(input.provider)! };
      for (const [name, value] of Object.entries(input.credentials ?? {})) {
        if (value.trim() === '') delete merged[name];
        else merged[name] = value.trim();
      }
      if (input.mode === 'live') {
        if (!liveBaseUrl) return refuse(`Isi alamat API ${input.provider.toUpperCase()} sebelum beralih ke Live.`);
        const missing = FIELDS[input.provider].find((f) => !merged[f.name]);
        if (missing) return refuse(`Kredensial ${input.provider.toUpperCase()} belum lengkap: ${missing.label} belum diisi.`);
      }
      Object.assign(row, { mode: input.mode, liveBaseUrl });
      secrets.set(input.provider, merged);
      fake.emit('providers:changed', { provider: input.provider });
      return ok(status(input.provider));
    },
  });
  return Object.assign(fake, { rows, secrets, checks });
}

let core: ReturnType<typeof fakeCore>;

beforeEach(() => {
  setActivePinia(createPinia());
  core = fakeCore();
  setPosClient(core.client);
});

const configureCalls = () => core.calls.filter((c) => c.channel === 'providers:configure').map((c) => c.input as ConfigureInput);

describe('providers store', () => {
  it('lists the four providers in sandbox mode with nothing stored', async () => {
    const store = useProvidersStore();
    await store.start();
    expect(store.loaded).toBe(true);
    expect(store.providers.map((p) => [p.id, p.mode])).toEqual([
      ['mmbc', 'sandbox'],
      ['iak', 'sandbox'],
      ['ayoconnect', 'sandbox'],
      ['klikoo', 'sandbox'],
    ]);
    expect(store.providers.flatMap((p) => p.credentialFields).every((f) => !f.stored)).toBe(true);
    expect(store.byId('klikoo')?.credentialFields.find((f) => f.name === 'privateKey')?.multiline).toBe(true);
  });

  it('tests a connection: busy while asking, then the balance, and the list shows the last success', async () => {
    const store = useProvidersStore();
    await store.start();
    const testing = store.testConnection('iak');
    expect(store.tests.iak?.busy).toBe(true);
    // A second press while busy does not call the core again.
    await store.testConnection('iak');
    await testing;
    expect(core.calls.filter((c) => c.channel === 'providers:testConnection')).toHaveLength(1);
    expect(store.tests.iak).toMatchObject({ busy: false, error: null, check: { ok: true, balance: 5_000_000 } });
    expect(store.byId('iak')?.lastOkAt).toBe(store.tests.iak?.check?.checkedAt);
  });

  it('shows a failed connection with the provider message and the last error in the list', async () => {
    core.checks.mmbc = ok({ ok: false, balance: null, message: 'Waktu habis menunggu MMBC.', checkedAt: 42 });
    const store = useProvidersStore();
    await store.start();
    await store.testConnection('mmbc');
    expect(store.tests.mmbc?.check).toEqual({ ok: false, balance: null, message: 'Waktu habis menunggu MMBC.', checkedAt: 42 });
    expect(store.byId('mmbc')).toMatchObject({ lastError: 'Waktu habis menunggu MMBC.', lastErrorAt: 42 });
  });

  it('keeps a call failure apart from a provider answer', async () => {
    core.checks.ayoconnect = { ok: false, error: { code: 'offline', message: 'Tidak terhubung ke Loket.' } };
    const store = useProvidersStore();
    await store.start();
    await store.testConnection('ayoconnect');
    expect(store.tests.ayoconnect).toMatchObject({ busy: false, check: null, error: { code: 'offline' } });
  });

  it('passes on the core refusal to go Live without credentials, and changes nothing', async () => {
    const store = useProvidersStore();
    await store.start();
    const result = await store.configure({ provider: 'iak', mode: 'live' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Isi alamat API IAK sebelum beralih ke Live.' },
    });
    expect(store.byId('iak')?.mode).toBe('sandbox');
    expect(store.saving.iak).toBe(false);
  });

  it('saves credentials and address, then shows them as stored without ever holding a value', async () => {
    const store = useProvidersStore();
    await store.start();
    const result = await store.configure({
      provider: 'iak',
      mode: 'sandbox',
      liveBaseUrl: 'https://prepaid.iak.id/',
      credentials: { username: 'outlet-01', apiKey: 'sekret-123' },
    });
    expect(result.ok).toBe(true);
    const iak = store.byId('iak')!;
    expect(iak.liveBaseUrl).toBe('https://prepaid.iak.id');
    expect(iak.credentialFields.map((f) => [f.name, f.stored])).toEqual([
      ['username', true],
      ['apiKey', true],
    ]);
    expect(JSON.stringify(store.$state)).not.toContain('sekret-123');

    const live = await store.configure({ provider: 'iak', mode: 'live' });
    expect(live.ok).toBe(true);
    expect(store.byId('iak')).toMatchObject({ mode: 'live', baseUrl: 'https://prepaid.iak.id' });
  });

  it('forgets an earlier connection test once the settings change (it was about the old endpoint)', async () => {
    const store = useProvidersStore();
    await store.start();
    await store.testConnection('mmbc');
    expect(store.tests.mmbc).toBeDefined();
    await store.configure({ provider: 'mmbc', mode: 'sandbox', liveBaseUrl: 'https://mmbc.example' });
    expect(store.tests.mmbc).toBeUndefined();
  });

  it('sends one configure when Save is pressed twice, and reports saving while it runs', async () => {
    const store = useProvidersStore();
    await store.start();
    const input: ConfigureInput = { provider: 'klikoo', mode: 'sandbox', credentials: { clientId: 'abc' } };
    const first = store.configure(input);
    expect(store.saving.klikoo).toBe(true);
    const second = store.configure(input);
    expect(await second).toEqual(await first);
    expect(configureCalls()).toHaveLength(1);
    expect(store.saving.klikoo).toBe(false);
  });

  it('refreshes on providers:changed from elsewhere, and stops listening on stop()', async () => {
    const store = useProvidersStore();
    await store.start();
    core.rows.get('ayoconnect')!.lastError = 'Saldo tidak cukup.';
    core.emit('providers:changed', { provider: 'ayoconnect' });
    await store.refresh();
    expect(store.byId('ayoconnect')?.lastError).toBe('Saldo tidak cukup.');
    store.stop();
    expect(core.listenerCount()).toBe(0);
  });

  it('keeps the last list and reports why when the core cannot be reached', async () => {
    const store = useProvidersStore();
    await store.start();
    setPosClient(createFakePos({}).client);
    await store.refresh();
    expect(store.providers).toHaveLength(4);
    expect(store.loadError?.code).toBe('unknown_channel');
  });
});
