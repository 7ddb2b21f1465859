import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAuthHeaders,
  signJwtHs256,
  startAyoconnectSimulator,
  verifyJwtHs256,
  type AyoconnectSimulator,
} from '../../../../electron/core/providers/ayoconnect';

/** Test vector from shared/providers.md §3.1 (dummy secret, dummy partner). */
const VECTOR = {
  secret: 'dummy-api-secret',
  claims: { partnerId: 'AG7745', accountNumber: '081211111111', productCode: 'PUTK10' },
  token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJwYXJ0bmVySWQiOiJBRzc3NDUiLCJhY2NvdW50TnVtYmVyIjoiMDgxMjExMTExMTExIiwicHJvZHVjdENvZGUiOiJQVVRLMTAifQ.hDzsgRsM3Ghy0LjSpvNvQykFCdCBgIY8wDCU8jxOSVk',
};

function tamper(token: string, part: 0 | 1 | 2): string {
  const parts = token.split('.');
  const target = parts[part] ?? '';
  parts[part] = `${target.slice(0, -2)}${target.endsWith('AA') ? 'BB' : 'AA'}`;
  return parts.join('.');
}

describe('ayoconnect signing (HS256 JWT)', () => {
  it('reproduces the providers.md test vector byte for byte', () => {
    expect(signJwtHs256(VECTOR.claims, VECTOR.secret)).toBe(VECTOR.token);
  });

  it('the client headers carry the vector token, KEY = partnerId and VERSION', () => {
    const headers = buildAuthHeaders(
      { apiKey: 'AG7745', apiSecret: VECTOR.secret },
      { accountNumber: '081211111111', productCode: 'PUTK10' },
      '2.0',
    );
    expect(headers.TOKEN).toBe(VECTOR.token);
    expect(headers.KEY).toBe('AG7745');
    expect(headers.VERSION).toBe('2.0');
  });

  it('the verifier accepts the vector and returns its claims', () => {
    const result = verifyJwtHs256(VECTOR.token, VECTOR.secret);
    expect(result).toEqual({ ok: true, claims: VECTOR.claims });
  });

  it('refuses a tampered header, payload or signature, and a wrong secret', () => {
    for (const part of [0, 1, 2] as const) {
      expect(verifyJwtHs256(tamper(VECTOR.token, part), VECTOR.secret).ok).toBe(false);
    }
    expect(verifyJwtHs256(VECTOR.token, 'another-secret')).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyJwtHs256('not-a-jwt', VECTOR.secret)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses alg none and other algorithms', () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const [, payload] = VECTOR.token.split('.');
    expect(verifyJwtHs256(`${header}.${payload}.`, VECTOR.secret)).toEqual({ ok: false, reason: 'unsupported_alg' });
  });

  it('drops undefined claims so optional parameters do not change the token', () => {
    expect(signJwtHs256({ ...VECTOR.claims, amount: undefined }, VECTOR.secret)).toBe(VECTOR.token);
  });
});

describe('ayoconnect simulator verifier with the test vector', () => {
  let sim: AyoconnectSimulator;
  beforeAll(async () => {
    sim = await startAyoconnectSimulator({ credentials: { apiKey: 'AG7745', apiSecret: VECTOR.secret } });
  });
  afterAll(() => sim.close());

  async function post(path: string, headers: Record<string, string>): Promise<{ status: number; body: { responseCode: number } }> {
    const res = await fetch(`${sim.baseUrl}${path}`, { method: 'POST', headers });
    return { status: res.status, body: (await res.json()) as { responseCode: number } };
  }

  it('accepts the vector token on bill/check (the vector product is unknown here: 341, not 401)', async () => {
    const res = await post('/api/v1/bill/check', { KEY: 'AG7745', TOKEN: VECTOR.token, VERSION: '1.0' });
    expect(res.body.responseCode).toBe(341);
  });

  it('refuses the tampered vector with the provider error 401', async () => {
    for (const part of [1, 2] as const) {
      const res = await post('/api/v1/bill/check', { KEY: 'AG7745', TOKEN: tamper(VECTOR.token, part), VERSION: '1.0' });
      expect(res.status).toBe(401);
      expect(res.body.responseCode).toBe(401);
    }
  });
});
