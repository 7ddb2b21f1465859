import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rupiah } from '../../../../electron/core/money';
import {
  createAyoconnectClient,
  signJwtHs256,
  startAyoconnectSimulator,
  type AyoconnectSimulator,
} from '../../../../electron/core/providers/ayoconnect';
import { account, clientFor, expectInquiry, newRef } from './helpers';

describe('ayoconnect authentication over HTTP', () => {
  let sim: AyoconnectSimulator;
  beforeAll(async () => {
    sim = await startAyoconnectSimulator();
  });
  afterAll(() => sim.close());

  const wrongSecret = () =>
    createAyoconnectClient({ baseUrl: sim.baseUrl, credentials: { apiKey: sim.credentials.apiKey, apiSecret: 'not-the-secret' }, timeoutMs: 300 });
  const wrongKey = () =>
    createAyoconnectClient({ baseUrl: sim.baseUrl, credentials: { apiKey: 'SOMEONE-ELSE', apiSecret: sim.credentials.apiSecret }, timeoutMs: 300 });

  it('read calls with a wrong secret or key get the provider error 401, not retryable', async () => {
    for (const client of [wrongSecret(), wrongKey()]) {
      for (const result of [await client.getBalance(), await client.listProducts(), await client.inquire({ accountNumber: '081234560001', productCode: 'PSCBYRTLKHALO' })]) {
        expect(result).toMatchObject({ ok: false, code: '401', retryable: false, message: 'Akses tidak sah' });
      }
    }
  });

  it('a payment refused for auth is unknown (401 lies outside 0-399: "treat as processing"), never failed', async () => {
    const good = clientFor(sim);
    const number = account('0812', '0001');
    const inquiry = expectInquiry(await good.inquire({ accountNumber: number, productCode: 'PSCBYRTLKHALO' }));
    const before = sim.balance();
    const refNumber = newRef();
    const outcome = await wrongSecret().pay({ refNumber, inquiryId: inquiry.inquiryId, accountNumber: number, productCode: 'PSCBYRTLKHALO', amount: inquiry.amount });
    expect(outcome).toMatchObject({ status: 'unknown', responseCode: 401 });
    expect(sim.balance()).toBe(before);
    expect(await good.checkStatus(refNumber)).toMatchObject({ status: 'unknown', responseCode: 188 });
  });

  it('refuses a token whose partnerId claim differs from KEY', async () => {
    const token = signJwtHs256({ partnerId: 'OTHER', accountNumber: '0812' }, sim.credentials.apiSecret);
    const res = await fetch(`${sim.baseUrl}/api/v2/partner/balance`, { method: 'POST', headers: { KEY: sim.credentials.apiKey, TOKEN: token, VERSION: '2.0' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ responseCode: 401, success: false, message: { ID: 'Akses tidak sah' } });
  });

  it('refuses missing KEY or TOKEN headers', async () => {
    const token = signJwtHs256({ partnerId: sim.credentials.apiKey }, sim.credentials.apiSecret);
    const variants: Array<Record<string, string>> = [{ TOKEN: token, VERSION: '2.0' }, { KEY: sim.credentials.apiKey, VERSION: '2.0' }];
    for (const headers of variants) {
      const res = await fetch(`${sim.baseUrl}/api/v2/partner/balance`, { method: 'POST', headers });
      expect((await res.json()) as unknown).toMatchObject({ responseCode: 401 });
    }
  });

  it('a missing or unknown VERSION header is a bad request (321)', async () => {
    const token = signJwtHs256({ partnerId: sim.credentials.apiKey }, sim.credentials.apiSecret);
    const res = await fetch(`${sim.baseUrl}/api/v2/partner/balance`, { method: 'POST', headers: { KEY: sim.credentials.apiKey, TOKEN: token, VERSION: '3.0' } });
    expect(await res.json()).toMatchObject({ responseCode: 321 });
  });

  it('reads claim names case-insensitively (the docs sample writes AccountNumber/ProductCode)', async () => {
    const token = signJwtHs256(
      { partnerId: sim.credentials.apiKey, AccountNumber: account('0813', '0001'), ProductCode: 'PSCBYRXLPRIO' },
      sim.credentials.apiSecret,
    );
    const res = await fetch(`${sim.baseUrl}/api/v1/bill/check`, { method: 'POST', headers: { KEY: sim.credentials.apiKey, TOKEN: token, VERSION: '1.0' } });
    expect(await res.json()).toMatchObject({ responseCode: 300, data: { productCode: 'PSCBYRXLPRIO' } });
  });

  it('ignores an HTTP body: parameters come only from the token', async () => {
    const token = signJwtHs256({ partnerId: sim.credentials.apiKey }, sim.credentials.apiSecret);
    const res = await fetch(`${sim.baseUrl}/api/v2/partner/balance`, {
      method: 'POST',
      headers: { KEY: sim.credentials.apiKey, TOKEN: token, VERSION: '2.0', 'Content-Type': 'application/json' },
      body: JSON.stringify({ partnerId: 'SOMEONE-ELSE' }),
    });
    expect(await res.json()).toMatchObject({ responseCode: 0, data: { partnerId: sim.credentials.apiKey } });
  });

  it('a payment the client cannot build is failed not_sent and nothing leaves the machine', async () => {
    const outcome = await clientFor(sim).pay({ refNumber: '  ', inquiryId: 1, accountNumber: '0812', productCode: 'X', amount: rupiah(1) });
    expect(outcome).toMatchObject({ status: 'failed', code: 'not_sent' });
  });
});
