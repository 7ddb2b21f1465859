import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iakSign, IAK_SANDBOX_CREDENTIALS } from '../../../../electron/core/providers/iak';
import { eventually, newRef, startHarness, telkomselNumber, type Harness } from './helpers';

/** A stand-in for Loket's callback receiver: records raw bodies, answers 200. */
async function startReceiver(): Promise<{ url: string; bodies: string[]; close(): Promise<void> }> {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/iak/callback`, bodies, close: () => new Promise((r) => server.close(() => r())) };
}

describe('IAK prepaid callbacks', () => {
  let h: Harness;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    receiver = await startReceiver();
    h = await startHarness({ callbackUrl: receiver.url });
  });
  afterAll(async () => {
    await h.sim.close();
    await receiver.close();
  });

  const callbackFor = (refId: string) => eventually(() => receiver.bodies.find((b) => b.includes(`"${refId}"`)));

  it('a successful sale is called back with string fields and a valid sign; verifyCallback reads it', async () => {
    const refId = newRef();
    const customerId = telkomselNumber();
    await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId });
    const raw = await callbackFor(refId);
    const body = JSON.parse(raw);
    expect(body.data).toMatchObject({ ref_id: refId, status: '1', product_code: 'htelkomsel10000', customer_id: customerId, price: '10300', rc: '00' });
    for (const value of Object.values(body.data)) expect(typeof value).toBe('string');
    expect(body.data.sign).toBe(iakSign(IAK_SANDBOX_CREDENTIALS, refId));
    const read = h.client.verifyCallback(raw);
    expect(read).toMatchObject({ ok: true, refId, outcome: { status: 'success', cost: 10300, providerCode: '00' } });
    // The same body as a parsed object is read the same way.
    expect(h.client.verifyCallback(body)).toMatchObject({ ok: true, outcome: { status: 'success' } });
  });

  it('a failed sale is called back as failed (a hint: the engine confirms by status)', async () => {
    const refId = newRef();
    await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber('9999') });
    const read = h.client.verifyCallback(await callbackFor(refId));
    expect(read).toMatchObject({ ok: true, refId, outcome: { status: 'failed', code: '07' } });
    expect(await h.client.checkStatus(refId)).toMatchObject({ status: 'failed', code: '07' });
  });

  it('nothing is called back while pending; a manual resolution is called back', async () => {
    const refId = newRef();
    await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber('6666') });
    await h.sim.callbacksSettled();
    expect(receiver.bodies.some((b) => b.includes(refId))).toBe(false);
    h.sim.resolve(refId, 'success');
    expect(h.client.verifyCallback(await callbackFor(refId))).toMatchObject({ ok: true, outcome: { status: 'success' } });
  });

  it('a tampered sign is refused', async () => {
    const refId = newRef();
    await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber() });
    const body = JSON.parse(await callbackFor(refId));
    body.data.sign = iakSign({ username: IAK_SANDBOX_CREDENTIALS.username, apiKey: 'guess' }, refId);
    expect(h.client.verifyCallback(body)).toMatchObject({ ok: false, reason: 'bad_signature' });
    body.data.sign = 'not-a-sign';
    expect(h.client.verifyCallback(body)).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('the sign does not cover the status: a flipped status still verifies, which is why it is only a hint', async () => {
    const refId = newRef();
    await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber() });
    const body = JSON.parse(await callbackFor(refId));
    body.data.status = '2';
    body.data.rc = '07';
    const forged = h.client.verifyCallback(body);
    expect(forged).toMatchObject({ ok: true, outcome: { status: 'failed' } });
    expect((await h.client.checkStatus(refId)).status).toBe('success');
  });

  it('v1 field names (code, hp) are read too', () => {
    const refId = 'order002';
    const v1 = {
      data: {
        ref_id: refId, status: '1', code: 'xld25000', hp: '0817777215', price: '25000', message: 'SUCCESS', sn: '123456789',
        balance: '997061249', tr_id: '3482', rc: '00', sign: iakSign(IAK_SANDBOX_CREDENTIALS, refId),
      },
    };
    expect(h.client.verifyCallback(v1)).toMatchObject({ ok: true, refId, trId: '3482', outcome: { status: 'success', serial: '123456789', cost: 25000, balance: 997061249 } });
  });

  it('malformed callbacks are refused without throwing', () => {
    for (const body of ['', 'not json', '{"data":{}}', '[]', null, 42, { data: { ref_id: 'x', rc: '00' } }, { data: { ref_id: '', rc: '00', sign: 'a' } }]) {
      expect(h.client.verifyCallback(body)).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });

  it('an odd amount in a signed callback is ignored (a hint without a cost), not a throw', () => {
    const refId = 'order003';
    const body = { data: { ref_id: refId, status: '1', rc: '00', price: '25.000,50', sn: '1', sign: iakSign(IAK_SANDBOX_CREDENTIALS, refId) } };
    const verified = h.client.verifyCallback(body);
    expect(verified).toMatchObject({ ok: true, outcome: { status: 'success' } });
    expect(verified.ok && verified.outcome).not.toHaveProperty('cost');
  });

  it('a callback can be resent (duplicates must be idempotent downstream)', async () => {
    const refId = newRef();
    await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber() });
    await callbackFor(refId);
    expect(await h.sim.resendCallback(refId)).toBe(true);
    expect(receiver.bodies.filter((b) => b.includes(refId))).toHaveLength(2);
  });

  it('v1 callbacks can be produced by the simulator', async () => {
    const v1 = await startHarness({ callbackUrl: receiver.url, callbackVersion: 1 });
    try {
      const refId = newRef();
      await v1.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber() });
      const body = JSON.parse(await callbackFor(refId));
      expect(body.data).toHaveProperty('code', 'htelkomsel10000');
      expect(body.data).toHaveProperty('hp');
      expect(v1.client.verifyCallback(body)).toMatchObject({ ok: true, outcome: { status: 'success' } });
    } finally {
      await v1.sim.close();
    }
  });
});
