import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IakSimTransactionView } from '../../../../electron/core/providers/iak';
import { eventually, newRef, rawPost, startHarness, telkomselNumber, type Harness } from './helpers';

describe('IAK simulator inspection and control over HTTP (for tests in other processes)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ initialBalance: 2_000_000 });
  });
  afterAll(() => h.sim.close());

  const getJson = async (path: string) => (await (await fetch(`${h.sim.baseUrl}${path}`)).json()) as { balance?: number; transactions?: IakSimTransactionView[] };

  it('GET /__sim-state/iak/balance and /transactions reflect sales', async () => {
    expect(await getJson('/__sim-state/iak/balance')).toEqual({ balance: 2_000_000 });
    const refId = newRef();
    await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber() });
    const bill = await h.client.postpaidInquiry({ refId: newRef(), code: 'HPTHREE', customerNumber: '08991230000' });
    if (!bill.ok) throw new Error(bill.message);
    await h.client.postpaidPay({ trId: bill.value.trId });
    const list = await eventually(async () => {
      const body = await getJson('/__sim-state/iak/transactions');
      return body.transactions?.find((t) => t.ref_id === refId && t.status === 'success') ? body.transactions : undefined;
    });
    expect(list).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'prepaid', ref_id: refId, status: 'success', amount: 10300, product_code: 'htelkomsel10000', rc: '00' }),
        expect.objectContaining({ kind: 'postpaid', ref_id: bill.value.refId, status: 'success', amount: 54000, product_code: 'HPTHREE' }),
      ]),
    );
    expect(await getJson('/__sim-state/iak/balance')).toEqual({ balance: 2_000_000 - 10300 - 54000 });
  });

  it('POST /__sim-state/iak/resolve flips a pending sale once; deposit adds to the balance', async () => {
    const refId = newRef();
    await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber('6666') });
    expect((await rawPost(h.sim.baseUrl, '/__sim-state/iak/resolve', { ref_id: refId, status: 'success' })).status).toBe(200);
    expect((await rawPost(h.sim.baseUrl, '/__sim-state/iak/resolve', { ref_id: refId, status: 'failed' })).status).toBe(409);
    expect((await rawPost(h.sim.baseUrl, '/__sim-state/iak/resolve', { ref_id: refId })).status).toBe(400);
    expect((await h.client.checkStatus(refId)).status).toBe('success');
    const before = h.sim.balance();
    expect((await rawPost(h.sim.baseUrl, '/__sim-state/iak/deposit', { amount: 100_000 })).json).toEqual({ balance: before + 100_000 });
    expect((await rawPost(h.sim.baseUrl, '/__sim-state/iak/deposit', { amount: -5 })).status).toBe(400);
  });

  it('faults can be armed and cleared through the kit control API', async () => {
    const armed = await rawPost(h.sim.baseUrl, '/__sim/faults', { endpoint: 'top-up', mode: 'http_502', when: 'before', times: 1 });
    expect(armed.json).toEqual({ armed: 'top-up' });
    expect(await h.client.topUp({ refId: newRef(), productCode: 'htelkomsel10000', customerId: telkomselNumber() })).toMatchObject({ status: 'unknown', reason: 'http_error' });
    await rawPost(h.sim.baseUrl, '/__sim/faults', { endpoint: 'check-balance', mode: 'html' });
    expect(await h.client.checkBalance()).toMatchObject({ ok: false, code: 'html_page' });
    await fetch(`${h.sim.baseUrl}/__sim/faults`, { method: 'DELETE' });
    expect((await h.client.checkBalance()).ok).toBe(true);
  });

  it('unknown paths answer IAK\'s 117 PAGE NOT FOUND; a non-JSON body answers 107', async () => {
    const missing = await rawPost(h.sim.baseUrl, '/api/no-such-service', {});
    expect(missing.status).toBe(404);
    expect(missing.json.data).toMatchObject({ rc: '117', message: 'PAGE NOT FOUND' });
    const res = await fetch(`${h.sim.baseUrl}/api/top-up`, { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: '<mp><commands>topup</commands></mp>' });
    expect(((await res.json()) as { data: unknown }).data).toMatchObject({ rc: '107' });
    const missingField = await rawPost(h.sim.baseUrl, '/api/top-up', { username: h.sim.credentials.username, ref_id: 'x', sign: 'y' });
    expect(missingField.json.data).toMatchObject({ rc: '107', message: 'ERROR IN XML FORMAT' });
    const postpaid = await rawPost(h.sim.baseUrl, '/api/v1/bill/check', { commands: 'pay-pasca', username: h.sim.credentials.username });
    expect(postpaid.json.data).toMatchObject({ response_code: '107' });
  });
});
