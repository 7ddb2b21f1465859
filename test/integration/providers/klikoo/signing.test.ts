import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { klikooSandboxCredentials, klikooSigning as s } from '../../../../electron/core/providers/klikoo';

// providers.md 4.2 test vector (computed from the documented formula).
const VECTOR = {
  secret: 'dummy-client-secret-32-chars-xxx',
  token: 'eyJhbGciOiJIUzI1NiJ9.dummy.token',
  timestamp: '2024-02-07T10:28:35.000+07:00',
  method: 'GET',
  path: '/v1/open-api/balance',
  signature: '2o33RIm5ujlOBS+X8tj+NiBysp94Wjt/d0HvxaDmxcv84qQKW0Ircq8Cy16QYggFj7xQwwDaiB/XXHPo97/LVQ==',
};

describe('Klikoo request signature (HMAC-SHA512)', () => {
  it('client signing reproduces the documented vector', () => {
    const sig = s.signRequest(VECTOR.secret, { method: 'GET', path: VECTOR.path, accessToken: VECTOR.token, body: '', timestamp: VECTOR.timestamp });
    expect(sig).toBe(VECTOR.signature);
    expect(sig).toHaveLength(88);
  });

  it('string to sign follows METHOD:PATH:token:sha256(body):timestamp', () => {
    const str = s.requestStringToSign({ method: 'get', path: VECTOR.path, accessToken: VECTOR.token, body: '', timestamp: VECTOR.timestamp });
    expect(str).toBe(`GET:/v1/open-api/balance:${VECTOR.token}:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855:${VECTOR.timestamp}`);
  });

  it("the docs' body example hashes in key-sorted minified form", () => {
    const body = s.canonicalJson({ bank_code: '000', account_number: true });
    expect(body).toBe('{"account_number":true,"bank_code":"000"}');
    expect(s.hashPayload(body).startsWith('7791c19c8a1031a23713d71ef8d5a76c62beef20a5ed3b9c6731d108ac70a')).toBe(true);
  });

  it('canonical JSON sorts nested keys, keeps array order, drops undefined', () => {
    expect(s.canonicalJson({ b: [{ z: 1, a: 2 }], a: { d: undefined, c: 'x' } })).toBe('{"a":{"c":"x"},"b":[{"a":2,"z":1}]}');
  });

  const request = (signature: string, overrides: Partial<Parameters<typeof s.verifyRequestSignature>[1]> = {}) =>
    s.verifyRequestSignature(
      VECTOR.secret,
      { method: 'GET', urlPath: `/klikoo-b2b${VECTOR.path}`, query: '', accessToken: VECTOR.token, rawBody: '', timestamp: VECTOR.timestamp, ...overrides },
      signature,
    );

  it("the simulator's verifier accepts the vector on the prefixed URL path (signed path sans /klikoo-b2b)", () => {
    expect(s.signedPathOf('/klikoo-b2b/v1/open-api/balance?x=1')).toBe('/v1/open-api/balance');
    expect(request(VECTOR.signature)).toBe(true);
  });

  it('the verifier refuses a tampered signature, token, timestamp, path or secret', () => {
    const flipped = (VECTOR.signature.startsWith('2') ? '3' : '2') + VECTOR.signature.slice(1);
    expect(request(flipped)).toBe(false);
    expect(request(VECTOR.signature, { accessToken: `${VECTOR.token}x` })).toBe(false);
    expect(request(VECTOR.signature, { timestamp: '2024-02-07T10:28:36.000+07:00' })).toBe(false);
    expect(request(VECTOR.signature, { urlPath: '/klikoo-b2b/v1/open-api/products' })).toBe(false);
    expect(request(VECTOR.signature, { rawBody: '{}' })).toBe(false);
    expect(s.verifyRequestSignature('another-secret-another-secret-xx', { method: 'GET', urlPath: VECTOR.path, query: '', accessToken: VECTOR.token, rawBody: '', timestamp: VECTOR.timestamp }, VECTOR.signature)).toBe(false);
  });

  it('the verifier tolerates lowercase METHOD and a body hashed as sent or key-sorted', () => {
    const parts = { method: 'post', path: '/v1/open-api/products', accessToken: 't', timestamp: VECTOR.timestamp };
    const raw = '{"page":1,"limit":10}';
    const lower = s.signRequest(VECTOR.secret, { ...parts, body: raw }).valueOf();
    const input = { method: 'POST', urlPath: '/klikoo-b2b/v1/open-api/products', query: '', accessToken: 't', rawBody: raw, timestamp: VECTOR.timestamp };
    expect(s.verifyRequestSignature(VECTOR.secret, input, lower)).toBe(true);
    const sortedSig = s.signRequest(VECTOR.secret, { ...parts, body: s.canonicalJson(JSON.parse(raw)) });
    expect(s.verifyRequestSignature(VECTOR.secret, input, sortedSig)).toBe(true);
  });
});

describe('Klikoo auth signature (SHA256withRSA over client_id|timestamp)', () => {
  const { clientId, privateKeyPem } = klikooSandboxCredentials;
  const publicKeyPem = s.publicKeyOf(privateKeyPem);
  const ts = '2024-02-07T10:28:35.000+07:00';

  it('signs client_id|timestamp and verifies with the registered public key', () => {
    expect(s.authStringToSign(clientId, ts)).toBe(`${clientId}|${ts}`);
    const sig = s.signAuthSignature(clientId, ts, privateKeyPem);
    expect(sig).toHaveLength(344); // RSA-2048 in base64 (the docs' 88-char example is an HMAC length)
    expect(s.verifyAuthSignature(clientId, ts, sig, publicKeyPem)).toBe(true);
  });

  it('refuses another timestamp, another client, a tampered signature, or another key', () => {
    const sig = s.signAuthSignature(clientId, ts, privateKeyPem);
    expect(s.verifyAuthSignature(clientId, '2024-02-07T10:28:36.000+07:00', sig, publicKeyPem)).toBe(false);
    expect(s.verifyAuthSignature('3f9c8962-4c4b-4bb6-b3c1-8fc883519c02', ts, sig, publicKeyPem)).toBe(false);
    expect(s.verifyAuthSignature(clientId, ts, `A${sig.slice(1)}`, publicKeyPem)).toBe(false);
    expect(s.verifyAuthSignature(clientId, ts, 'not base64 at all', publicKeyPem)).toBe(false);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const otherPub = other.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(s.verifyAuthSignature(clientId, ts, sig, otherPub)).toBe(false);
  });
});

describe('Klikoo timestamps', () => {
  it('formats WIB with milliseconds like the docs', () => {
    expect(s.formatKlikooTimestamp(Date.UTC(2024, 1, 7, 3, 28, 35, 0))).toBe('2024-02-07T10:28:35.000+07:00');
  });

  it('parses the documented shapes and refuses others', () => {
    expect(s.parseKlikooTimestamp('2024-02-07T10:28:35.000+07:00')).toBe(Date.UTC(2024, 1, 7, 3, 28, 35));
    expect(s.parseKlikooTimestamp('2022-03-21T10:11:40+07:00')).toBe(Date.UTC(2022, 2, 21, 3, 11, 40));
    expect(s.parseKlikooTimestamp('2024-05-21T04:54:18.788451Z')).toBe(Date.UTC(2024, 4, 21, 4, 54, 18, 788));
    expect(s.parseKlikooTimestamp('07/02/2024 10:28')).toBeNull();
    expect(s.parseKlikooTimestamp('')).toBeNull();
  });
});
