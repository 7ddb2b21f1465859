import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rupiah } from '../../../../electron/core/money';
import { startAyoconnectSimulator, type AyoconnectSimulator } from '../../../../electron/core/providers/ayoconnect';
import { faultModes, type FaultSpec } from '../../../../electron/core/providers/sim-kit';
import { account, clientFor, expectInquiry, inquireAndPay, newRef, sleep, waitForFinal } from './helpers';

/**
 * Every fault mode, before and after the provider did the work, on every money-moving call
 * (bill/payment, and bill/status as the status check of one payment): the outcome is `unknown`
 * or `pending`, never `failed`. Read calls turn faults into retryable errors.
 */
const CLIENT_TIMEOUT_MS = 300;

function specs(): Array<{ label: string; spec: FaultSpec }> {
  const out: Array<{ label: string; spec: FaultSpec }> = [];
  for (const mode of faultModes) {
    if (mode === 'delay') {
      out.push({ label: 'delay shorter than the timeout', spec: { mode, ms: 30, times: 1 } });
      out.push({ label: 'delay longer than the timeout', spec: { mode, ms: CLIENT_TIMEOUT_MS + 200, times: 1 } });
      continue;
    }
    for (const when of ['before', 'after'] as const) out.push({ label: `${mode} ${when}`, spec: { mode, when, times: 1 } });
  }
  return out;
}

describe('ayoconnect fault matrix', () => {
  let sim: AyoconnectSimulator;
  beforeAll(async () => {
    sim = await startAyoconnectSimulator({ pendingDelayMs: 40, initialBalance: 50_000_000 });
  });
  afterAll(() => sim.close());

  it.each(specs())('bill/payment with $label is unknown or pending, never failed, and reconciles by refNumber', async ({ spec }) => {
    const client = clientFor(sim);
    const number = account('0812', '0001');
    const inquiry = expectInquiry(await client.inquire({ accountNumber: number, productCode: 'PSCBYRTLKHALO' }));
    const before = sim.balance();
    sim.faults.set('payment', spec);
    const refNumber = newRef();
    const outcome = await client.pay({ refNumber, inquiryId: inquiry.inquiryId, accountNumber: number, productCode: 'PSCBYRTLKHALO', amount: inquiry.amount });
    sim.faults.clear();
    expect(['unknown', 'pending']).toContain(outcome.status);

    // Reconciliation: the same refNumber tells what really happened.
    // A delayed request is still in flight when the client gives up: "not found" (188) right after
    // a timeout is not an answer yet (reliability.md S9), so keep asking a little longer.
    const processed = spec.when !== 'before';
    let final = await waitForFinal(client, refNumber);
    for (let i = 0; processed && i < 40 && final.status === 'unknown'; i += 1) {
      await sleep(25);
      final = await waitForFinal(client, refNumber);
    }
    if (processed) {
      expect(final.status).toBe('success');
      expect(sim.balance()).toBe(before - inquiry.amount);
    } else {
      expect(final).toMatchObject({ status: 'unknown', responseCode: 188 });
      expect(sim.balance()).toBe(before);
    }
  });

  describe('bill/status', () => {
    let refNumber = '';
    beforeAll(async () => {
      const client = clientFor(sim);
      const paid = await inquireAndPay(client, 'PPLSTK20', account('0813', '0001'));
      refNumber = paid.refNumber;
      await waitForFinal(client, refNumber);
    });

    it.each(specs())('with $label is unknown (or the real answer), never failed', async ({ spec }) => {
      sim.faults.set('status', spec);
      const outcome = await clientFor(sim).checkStatus(refNumber);
      sim.faults.clear();
      expect(outcome.status).not.toBe('failed');
      if (spec.mode === 'delay' && (spec.ms ?? 0) < CLIENT_TIMEOUT_MS) expect(outcome.status).toBe('success');
      else expect(outcome.status).toBe('unknown');
    });

    it('a status check of a failed payment under faults never invents a different outcome', async () => {
      const client = clientFor(sim);
      const failed = await inquireAndPay(client, 'PPLSTK20', account('0813', '9999'));
      await waitForFinal(client, failed.refNumber);
      for (const { spec } of specs()) {
        sim.faults.set('status', spec);
        const outcome = await client.checkStatus(failed.refNumber);
        sim.faults.clear();
        expect(['unknown', 'failed']).toContain(outcome.status);
        if (outcome.status === 'failed') expect(outcome.code).toBe('100');
      }
    });
  });

  it('a payment whose connection was never made is failed not_sent; a status check of it is unknown (no answer)', async () => {
    const closed = await startAyoconnectSimulator();
    const client = clientFor(closed);
    await closed.close();
    const outcome = await client.pay({ refNumber: newRef(), inquiryId: 1, accountNumber: '0812', productCode: 'PPLSTK10', amount: rupiah(10550) });
    expect(outcome).toMatchObject({ status: 'failed', code: 'not_sent' });
    expect(await client.checkStatus('X-1')).toMatchObject({ status: 'unknown', reason: 'not_reached' });
  });

  it.each(['products', 'balance', 'inquiry'] as const)('read call %s turns every fault into a retryable error', async (endpoint) => {
    const client = clientFor(sim);
    const call = () =>
      endpoint === 'products'
        ? client.listProducts()
        : endpoint === 'balance'
          ? client.getBalance()
          : client.inquire({ accountNumber: account('0812', '0001'), productCode: 'PSCBYRTLKHALO' });
    for (const { spec } of specs()) {
      sim.faults.set(endpoint, spec);
      const result = await call();
      sim.faults.clear();
      if (spec.mode === 'delay' && (spec.ms ?? 0) < CLIENT_TIMEOUT_MS) expect(result.ok).toBe(true);
      else expect(result).toMatchObject({ ok: false, retryable: true });
    }
  });

  it('faults can be armed over HTTP through the kit control API', async () => {
    const arm = await fetch(`${sim.baseUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify({ endpoint: 'balance', mode: 'http_500', times: 1 }) });
    expect(arm.status).toBe(200);
    expect(await clientFor(sim).getBalance()).toMatchObject({ ok: false, code: 'http_error', retryable: true });
    expect(await clientFor(sim).getBalance()).toMatchObject({ ok: true });
  });
});
