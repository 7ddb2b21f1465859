import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIakClient, type IakClient, type IakMoneyOutcome } from '../../../../electron/core/providers/iak';
import { faultModes, type FaultMode } from '../../../../electron/core/providers/sim-kit';
import { CLIENT_TIMEOUT_MS, eventually, RELAXED_TIMEOUT_MS, newRef, startHarness, telkomselNumber, type Harness } from './helpers';

const WHENS = ['before', 'after'] as const;
type When = (typeof WHENS)[number];

/** Every fault mode x when, on every money-moving call: never `failed`. */
const cases = faultModes.flatMap((mode) => WHENS.map((when) => [mode, when] as [FaultMode, When]));
/** "delay" sleeps longer than the client waits, so the answer is lost after the work is done. */
const spec = (mode: FaultMode, when: When) => ({ mode, when, times: 1, ...(mode === 'delay' ? { ms: CLIENT_TIMEOUT_MS * 2 } : {}) });
/** Did the provider do the work before the answer was lost? */
const processed = (mode: FaultMode, when: When) => mode === 'delay' || when === 'after';

function expectNotFailed(outcome: IakMoneyOutcome): void {
  expect(['unknown', 'pending']).toContain(outcome.status);
}

describe('IAK fault matrix: a lost or mangled answer is never a failure', () => {
  let h: Harness;
  /** Setup and follow-up looks use a patient client, so only the faulted call runs on a short timeout. */
  let patient: IakClient;
  beforeAll(async () => {
    h = await startHarness({ initialBalance: 100_000_000 }, CLIENT_TIMEOUT_MS);
    patient = createIakClient({ baseUrl: h.sim.baseUrl, credentials: h.sim.credentials, timeoutMs: RELAXED_TIMEOUT_MS });
  });
  afterAll(() => h.sim.close());

  it.each(cases)('top-up, fault %s (%s): unknown/pending, and the status look tells the truth', async (mode, when) => {
    const refId = newRef();
    h.sim.faults.set('top-up', spec(mode, when));
    const outcome = await h.client.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber() });
    expectNotFailed(outcome);
    h.sim.faults.clear();
    if (processed(mode, when)) {
      // With "delay" the request is still in flight right after our timeout: "not found" (06) first,
      // then the sale appears. That is why the engine must not trust an early 06 (reliability.md S9).
      const look = await eventually(async () => {
        const o = await patient.checkStatus(refId);
        return o.status === 'success' ? o : undefined;
      });
      expect(look.status).toBe('success');
    } else {
      expect(await patient.checkStatus(refId)).toMatchObject({ status: 'unknown', providerCode: '06' });
    }
  });

  it.each(cases)('check-status, fault %s (%s): unknown/pending', async (mode, when) => {
    const refId = newRef();
    await patient.topUp({ refId, productCode: 'htelkomsel10000', customerId: telkomselNumber('9999') });
    h.sim.faults.set('check-status', spec(mode, when));
    expectNotFailed(await h.client.checkStatus(refId));
    h.sim.faults.clear();
  });

  it.each(cases)('pay-pasca, fault %s (%s): unknown/pending, and checkstatus tells the truth', async (mode, when) => {
    const inquiry = await patient.postpaidInquiry({ refId: newRef(), code: 'PLNPOSTPAID', customerNumber: '530000000000' });
    if (!inquiry.ok) throw new Error(inquiry.message);
    h.sim.faults.set('bill-check', spec(mode, when));
    expectNotFailed(await h.client.postpaidPay({ trId: inquiry.value.trId, refId: inquiry.value.refId }));
    h.sim.faults.clear();
    if (processed(mode, when)) {
      const look = await eventually(async () => {
        const o = await patient.postpaidCheckStatus(inquiry.value.refId);
        return o.status === 'success' ? o : undefined;
      });
      expect(look.status).toBe('success');
    } else {
      expect(await patient.postpaidCheckStatus(inquiry.value.refId)).toMatchObject({ status: 'unknown', providerCode: '42' });
    }
  });

  it.each(cases)('postpaid checkstatus, fault %s (%s): unknown/pending', async (mode, when) => {
    const inquiry = await patient.postpaidInquiry({ refId: newRef(), code: 'HPTHREE', customerNumber: '08991231037' });
    if (!inquiry.ok) throw new Error(inquiry.message);
    expect((await patient.postpaidPay({ trId: inquiry.value.trId })).status).toBe('failed');
    h.sim.faults.set('bill-check', spec(mode, when));
    expectNotFailed(await h.client.postpaidCheckStatus(inquiry.value.refId));
    h.sim.faults.clear();
  });

  it('a short delay is just a slow answer', async () => {
    h.sim.faults.set('top-up', { mode: 'delay', ms: 20, times: 1 });
    expect((await patient.topUp({ refId: newRef(), productCode: 'htelkomsel10000', customerId: telkomselNumber() })).status).toBe('pending');
  });

  it.each(faultModes)('read calls under fault %s are retryable errors, never throws', async (mode) => {
    const reads: [string, () => Promise<{ ok: boolean; retryable?: boolean }>][] = [
      ['check-balance', () => h.client.checkBalance()],
      ['pricelist', () => h.client.pricelist()],
      ['inquiry-pln', () => h.client.inquiryPln('12345678901')],
      ['bill-check', () => h.client.postpaidInquiry({ refId: newRef(), code: 'HPTHREE', customerNumber: '08991230000' })],
      ['pricelist-pasca', () => h.client.postpaidPricelist({ type: 'pln' })],
    ];
    for (const [endpoint, call] of reads) {
      h.sim.faults.set(endpoint, spec(mode, 'before'));
      expect(await call()).toMatchObject({ ok: false, retryable: true });
      h.sim.faults.clear();
    }
  });
});

describe('IAK: a connection that was never made', () => {
  it('money calls are failed with code not_sent; reads are retryable errors', async () => {
    const gone = await startHarness();
    const baseUrl = gone.sim.baseUrl;
    await gone.sim.close();
    const client = createIakClient({ baseUrl, credentials: gone.sim.credentials, timeoutMs: CLIENT_TIMEOUT_MS });
    expect(await client.topUp({ refId: newRef(), productCode: 'htelkomsel10000', customerId: '081200000001' })).toMatchObject({ status: 'failed', code: 'not_sent' });
    expect(await client.postpaidPay({ trId: '1' })).toMatchObject({ status: 'failed', code: 'not_sent' });
    expect(await client.checkBalance()).toMatchObject({ ok: false, retryable: true, code: 'not_sent' });
  });
});
