import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIakClient, IAK_SALT, IAK_SANDBOX_CREDENTIALS, iakSign, signRefId, verifyIakSign } from '../../../../electron/core/providers/iak';
import { newRef, rawPost, startHarness, type Harness } from './helpers';

// providers.md 2.2: dummy creds username=081234567890, api_key=dev-api-key-123.
const VECTORS: [salt: string, sign: string][] = [
  ['order001', '0fe96ae00c4da2cade9f58603efdcfa2'],
  ['bl', '9e80de00ff50503cfecb6507bc2fc86c'],
  ['pl', '47006662644a6eb83905573da7859c8a'],
  ['cs', '7109b51376e5740fe7e8d60386ffc630'],
];
const creds = { username: '081234567890', apiKey: 'dev-api-key-123' };

describe('IAK signature md5(username + api_key + X)', () => {
  it.each(VECTORS)('client signing matches the vector for X=%s', (salt, sign) => {
    expect(iakSign(creds, salt)).toBe(sign);
  });

  it.each(VECTORS)('the verifier accepts the vector for X=%s and refuses a tampered one', (salt, sign) => {
    expect(verifyIakSign(creds, salt, sign)).toBe(true);
    expect(verifyIakSign(creds, salt, sign.toUpperCase())).toBe(true);
    const tampered = `${sign.slice(0, -1)}${sign.endsWith('0') ? '1' : '0'}`;
    expect(verifyIakSign(creds, salt, tampered)).toBe(false);
    expect(verifyIakSign(creds, salt, '')).toBe(false);
    expect(verifyIakSign(creds, salt, undefined)).toBe(false);
  });

  it('uses the documented salts', () => {
    expect(IAK_SALT).toMatchObject({ checkBalance: 'bl', pricelist: 'pl', postpaidPricelist: 'pl', postpaidCheckStatus: 'cs' });
    expect(signRefId(creds, 'order001')).toBe(VECTORS[0]![1]);
  });
});

describe('simulator verifies signatures over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // The sandbox defaults ARE the vector credentials, so the vectors are valid requests.
    expect(h.sim.credentials).toEqual(IAK_SANDBOX_CREDENTIALS);
  });
  afterAll(() => h.sim.close());

  it('accepts the "bl" vector on check-balance and refuses a tampered sign with rc 204', async () => {
    const ok = await rawPost(h.sim.baseUrl, '/api/check-balance', { username: creds.username, sign: VECTORS[1]![1] });
    expect(ok.json.data.rc).toBe('00');
    const bad = await rawPost(h.sim.baseUrl, '/api/check-balance', { username: creds.username, sign: VECTORS[0]![1] });
    expect(bad.json.data).toMatchObject({ rc: '204', message: 'WRONG AUTHENTICATION' });
  });

  it('accepts the "pl" vector on both price lists', async () => {
    const pre = await rawPost(h.sim.baseUrl, '/api/pricelist', { username: creds.username, sign: VECTORS[2]![1] });
    expect(pre.json.data.rc).toBe('00');
    const post = await rawPost(h.sim.baseUrl, '/api/v1/bill/check', { commands: 'pricelist-pasca', username: creds.username, sign: VECTORS[2]![1] });
    expect(Array.isArray(post.json.data.pasca)).toBe(true);
  });

  it('accepts the "order001" vector on top-up (ref_id order001)', async () => {
    const res = await rawPost(h.sim.baseUrl, '/api/top-up', {
      username: creds.username, ref_id: 'order001', customer_id: '081299990001', product_code: 'htelkomsel10000', sign: VECTORS[0]![1],
    });
    expect(res.json.data).toMatchObject({ ref_id: 'order001', status: 0, rc: '39', message: 'PROCESS' });
  });

  it('postpaid checkstatus signs the literal "cs", not the ref_id', async () => {
    const ref = newRef();
    const viaCs = await rawPost(h.sim.baseUrl, '/api/v1/bill/check', { commands: 'checkstatus', username: creds.username, ref_id: ref, sign: VECTORS[3]![1] });
    expect(viaCs.json.data.response_code).toBe('06'); // authenticated, unknown ref
    const viaRef = await rawPost(h.sim.baseUrl, '/api/v1/bill/check', { commands: 'checkstatus', username: creds.username, ref_id: ref, sign: iakSign(creds, ref) });
    expect(viaRef.json.data).toMatchObject({ response_code: '100', message: 'INVALID SIGNATURE' });
  });

  it('refuses a wrong username even with a sign computed for it', async () => {
    const other = { username: '089999999999', apiKey: creds.apiKey };
    const res = await rawPost(h.sim.baseUrl, '/api/check-balance', { username: other.username, sign: iakSign(other, 'bl') });
    expect(res.json.data.rc).toBe('204');
  });

  it('a client with the wrong api key gets failed top-ups (nothing processed) and unknown status looks', async () => {
    const wrong = createIakClient({ baseUrl: h.sim.baseUrl, credentials: { ...creds, apiKey: 'nope' }, timeoutMs: 3000 });
    const top = await wrong.topUp({ refId: newRef(), productCode: 'htelkomsel10000', customerId: '081299990002' });
    expect(top).toMatchObject({ status: 'failed', code: '204' });
    const status = await wrong.checkStatus('order001');
    expect(status).toMatchObject({ status: 'unknown', providerCode: '204' });
    const balance = await wrong.checkBalance();
    expect(balance).toMatchObject({ ok: false, code: '204', retryable: false });
    const pay = await wrong.postpaidPay({ trId: '9732412' });
    expect(pay).toMatchObject({ status: 'failed', code: '100' });
    const cs = await wrong.postpaidCheckStatus(newRef());
    expect(cs).toMatchObject({ status: 'unknown', providerCode: '100' });
  });
});
