import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKlikooClient,
  klikooSandboxCredentials,
  klikooSigning as s,
  startKlikooSimulator,
  type KlikooSimulator,
} from '../../../../electron/core/providers/klikoo';
import { simJson, startPair, type Pair } from './helpers';

type Body = { response_code: string; response_message: string; data?: Record<string, unknown> };

async function post(sim: KlikooSimulator, path: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; body: Body }> {
  const res = await fetch(`${sim.baseUrl}/v1/open-api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

function tokenRequest(sim: KlikooSimulator, overrides: { secret?: string; clientId?: string; grant?: string; ts?: string; key?: string; sig?: string } = {}) {
  const creds = sim.credentials;
  const ts = overrides.ts ?? s.formatKlikooTimestamp(Date.now());
  const clientId = overrides.clientId ?? creds.clientId;
  const sig = overrides.sig ?? s.signAuthSignature(clientId, ts, overrides.key ?? creds.privateKeyPem);
  const body = { grant_type: overrides.grant ?? 'client_credentials', additional_info: { client_id: clientId, client_secret: overrides.secret ?? creds.clientSecret } };
  return post(sim, '/access-token', body, { 'Open-Api-Timestamp': ts, 'Open-Api-Signature': sig });
}

describe('Klikoo access token (simulator verifies the RSA auth signature)', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair();
  });
  afterAll(() => pair.sim.close());

  it('issues a 900 s Bearer token for a correctly signed request', async () => {
    const res = await tokenRequest(pair.sim);
    expect(res.status).toBe(200);
    expect(res.body.response_code).toBe('200012000');
    expect(res.body.data).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    expect(String(res.body.data?.access_token).split('.')).toHaveLength(3);
  });

  it.each([
    ['a tampered auth signature', { sig: 'A'.repeat(344) }, 400, '400016508'],
    ['a signature by another key', { key: 'other' }, 400, '400016508'],
    ['a wrong client secret', { secret: 'x'.repeat(32) }, 401, '401016570'],
    ['an unknown client id', { clientId: '3f9c8962-4c4b-4bb6-b3c1-8fc883519c02' }, 401, '401016570'],
    ['a client id that is not a UUID', { clientId: 'loket' }, 400, '400016568'],
    ['another grant type', { grant: 'password' }, 400, '400016569'],
    ['a timestamp far from now', { ts: '2024-02-07T10:28:35.000+07:00' }, 400, '400016505'],
    ['a timestamp in another format', { ts: '07-02-2024 10:28' }, 400, '400016505'],
  ])('refuses %s with the documented code', async (_name, overrides, status, code) => {
    const opts = { ...overrides } as Record<string, string>;
    if (opts.key === 'other') {
      const { generateKeyPairSync } = await import('node:crypto');
      opts.key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    }
    const res = await tokenRequest(pair.sim, opts);
    expect(res.status).toBe(status);
    expect(res.body.response_code).toBe(code);
  });

  it('answers an empty or garbage token body with its validation codes', async () => {
    const ts = s.formatKlikooTimestamp(Date.now());
    const sig = s.signAuthSignature(pair.sim.credentials.clientId, ts, pair.sim.credentials.privateKeyPem);
    const empty = await post(pair.sim, '/access-token', {}, { 'Open-Api-Timestamp': ts, 'Open-Api-Signature': sig });
    expect(empty.body.response_code).toBe('400016512');
    const garbage = await post(pair.sim, '/access-token', '{nope', { 'Open-Api-Timestamp': ts, 'Open-Api-Signature': sig });
    expect(garbage.body.response_code).toBe('400016510');
  });

  it('the client caches the token across calls', async () => {
    const before = pair.sim.tokensIssued();
    const client = createKlikooClient({ baseUrl: pair.sim.baseUrl, credentials: pair.sim.credentials, timeoutMs: 300 });
    for (let i = 0; i < 3; i += 1) expect((await client.getBalance()).ok).toBe(true);
    expect(pair.sim.tokensIssued() - before).toBe(1);
  });

  it('concurrent first calls share one token request', async () => {
    const before = pair.sim.tokensIssued();
    const client = createKlikooClient({ baseUrl: pair.sim.baseUrl, credentials: pair.sim.credentials, timeoutMs: 300 });
    const all = await Promise.all([client.getBalance(), client.getBalance(), client.listProducts({ limit: 1 })]);
    expect(all.every((r) => r.ok)).toBe(true);
    expect(pair.sim.tokensIssued() - before).toBe(1);
  });

  it('a token the provider rejects as expired is refreshed and the call retried once', async () => {
    const client = createKlikooClient({ baseUrl: pair.sim.baseUrl, credentials: pair.sim.credentials, timeoutMs: 300 });
    expect((await client.getBalance()).ok).toBe(true);
    const before = pair.sim.tokensIssued();
    await simJson(pair.sim, '/__sim-state/klikoo/expire-tokens', {});
    const again = await client.getBalance();
    expect(again).toEqual({ ok: true, value: { balance: expect.any(Number) } });
    expect(pair.sim.tokensIssued() - before).toBe(1);
  });

  it('wrong client credentials surface as a non-retryable read error with the provider text', async () => {
    const client = createKlikooClient({ baseUrl: pair.sim.baseUrl, credentials: { ...pair.sim.credentials, clientSecret: 'y'.repeat(32) }, timeoutMs: 300 });
    const res = await client.getBalance();
    expect(res).toMatchObject({ ok: false, retryable: false, code: '401016570' });
    if (!res.ok) expect(res.message).toContain('Kredensial tidak sesuai');
  });
});

describe('Klikoo token expiry on the client clock', () => {
  it('refreshes before the 900 s lifetime ends (shared fake clock, no waiting)', async () => {
    let offset = 0;
    const now = () => Date.now() + offset;
    const pair = await startPair({ now, maxClockSkewMs: 60_000 });
    try {
      expect((await pair.client.getBalance()).ok).toBe(true);
      offset = 800_000;
      expect((await pair.client.getBalance()).ok).toBe(true);
      expect(pair.sim.tokensIssued()).toBe(1);
      offset = 850_000; // past the client's refresh point (expiry minus 60 s)
      expect((await pair.client.getBalance()).ok).toBe(true);
      expect(pair.sim.tokensIssued()).toBe(2);
      offset = 850_000 + 901_000; // both clocks: the second token is past its lifetime
      expect((await pair.client.getBalance()).ok).toBe(true);
      expect(pair.sim.tokensIssued()).toBe(3);
    } finally {
      await pair.sim.close();
    }
  });
});

describe('Klikoo request signature over HTTP', () => {
  let sim: KlikooSimulator;
  let token: string;
  beforeAll(async () => {
    sim = await startKlikooSimulator({ port: 0, credentials: { ...klikooSandboxCredentials, clientSecret: 'dummy-client-secret-32-chars-xxx' } });
    token = String((await tokenRequest(sim)).body.data?.access_token);
  });
  afterAll(() => sim.close());

  it("the simulator's signature helper reproduces the documented vector", async () => {
    const res = await post(sim, '/signature', { client_id: sim.credentials.clientId, method: 'GET', path: '/v1/open-api/balance', token: 'eyJhbGciOiJIUzI1NiJ9.dummy.token', timestamp: '2024-02-07T10:28:35.000+07:00' }, {});
    expect(res.body.data?.signature).toBe('2o33RIm5ujlOBS+X8tj+NiBysp94Wjt/d0HvxaDmxcv84qQKW0Ircq8Cy16QYggFj7xQwwDaiB/XXHPo97/LVQ==');
  });

  it("the auth-signature helper signs like the client", async () => {
    const ts = '2024-02-07T10:28:35.000+07:00';
    const res = await post(sim, '/auth-signature', { client_id: sim.credentials.clientId, timestamp: ts, private_key: Buffer.from(sim.credentials.privateKeyPem).toString('base64') }, {});
    expect(res.body.response_code).toBe('2000100');
    expect(res.body.data?.signature).toBe(s.signAuthSignature(sim.credentials.clientId, ts, sim.credentials.privateKeyPem));
  });

  async function balanceWith(headers: Record<string, string>) {
    const res = await fetch(`${sim.baseUrl}/v1/open-api/balance`, { headers });
    return { status: res.status, body: (await res.json()) as Body };
  }

  const signed = (tamper: (sig: string) => string = (x) => x, ts = s.formatKlikooTimestamp(Date.now())) => {
    const sig = s.signRequest(sim.credentials.clientSecret, { method: 'GET', path: '/v1/open-api/balance', accessToken: token, body: '', timestamp: ts });
    return { Authorization: `Bearer ${token}`, 'Open-Api-Timestamp': ts, 'Open-Api-Signature': tamper(sig) };
  };

  it('accepts a correctly signed call (path signed without /klikoo-b2b)', async () => {
    const res = await balanceWith(signed());
    expect(res).toMatchObject({ status: 200, body: { response_code: '200032000', data: { balance: '5000000.00' } } });
  });

  it('refuses a tampered signature with 400016508 Signature tidak sesuai', async () => {
    const res = await balanceWith(signed((sig) => (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1)));
    expect(res).toMatchObject({ status: 400, body: { response_code: '400016508', response_message: 'Signature tidak sesuai' } });
  });

  it('refuses a path signed WITH the /klikoo-b2b prefix', async () => {
    const ts = s.formatKlikooTimestamp(Date.now());
    const sig = s.signRequest(sim.credentials.clientSecret, { method: 'GET', path: '/klikoo-b2b/v1/open-api/balance', accessToken: token, body: '', timestamp: ts });
    const res = await balanceWith({ Authorization: `Bearer ${token}`, 'Open-Api-Timestamp': ts, 'Open-Api-Signature': sig });
    expect(res.body.response_code).toBe('400016508');
  });

  it('refuses a missing/unknown token, a stale timestamp and a missing signature', async () => {
    const { Authorization: _a, ...noAuth } = signed();
    expect((await balanceWith(noAuth)).body.response_code).toBe('401016500');
    expect((await balanceWith({ ...signed(), Authorization: 'Bearer forged.jwt.token' })).body.response_code).toBe('401016500');
    expect((await balanceWith(signed(undefined, '2024-02-07T10:28:35.000+07:00'))).body.response_code).toBe('400016505');
    const { 'Open-Api-Signature': _s, ...noSig } = signed();
    expect((await balanceWith(noSig)).body.response_code).toBe('400016512');
  });

  it('an unknown path gets the plain Go 404', async () => {
    const res = await fetch(`${sim.baseUrl}/v1/open-api/nope`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('404 page not found');
  });
});
