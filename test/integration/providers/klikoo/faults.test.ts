import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rupiah } from '../../../../electron/core/money';
import { createKlikooClient } from '../../../../electron/core/providers/klikoo';
import { faultModes, type FaultSpec } from '../../../../electron/core/providers/sim-kit';
import { eventually, ref, startPair, type Pair } from './helpers';

const WHENS = ['before', 'after'] as const;
/** Every fault mode; `delay` outlasts the client's 300 ms timeout. */
const specs = (when: (typeof WHENS)[number]): FaultSpec[] =>
  faultModes.map((mode) => ({ mode, when, times: 1, ...(mode === 'delay' ? { ms: 1_000 } : {}) }));
const label = (spec: FaultSpec) => `${spec.mode} (${spec.when})`;

describe('Klikoo money-moving calls under every fault: unknown or pending, never failed', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({ pendingDelayMs: 20 });
  });
  afterAll(() => pair.sim.close());

  const buy = (partnerReferenceId: string) =>
    pair.client.buy({ partnerReferenceId, productCode: 'S20', customerNumber: '081234567001', amount: rupiah(20_250) });

  for (const when of WHENS) {
    for (const spec of specs(when)) {
      it(`buy: ${label(spec)}`, async () => {
        await pair.client.getBalance(); // token cached, so the fault hits the buy itself
        const partnerReferenceId = ref();
        pair.sim.faults.set('buy', spec);
        const out = await buy(partnerReferenceId);
        expect(['unknown', 'pending']).toContain(out.status);
        expect(out.status).not.toBe('failed');
        if (spec.when === 'after' && spec.mode !== 'delay') {
          // Klikoo did create it: reconciliation by our reference finds the sale and its final state.
          const final = await eventually(async () => {
            const s = await pair.client.checkStatus({ partnerReferenceId });
            return s.status === 'success' ? s : undefined;
          });
          expect(final.cost).toBe(20_250);
        }
        if (spec.when === 'before' && spec.mode !== 'delay') {
          // Nothing was created: the same reference can be sent again safely (409 would guard a duplicate).
          expect((await pair.client.checkStatus({ partnerReferenceId })).status).toBe('unknown');
          expect((await buy(partnerReferenceId)).status).toBe('pending');
          expect((await buy(partnerReferenceId)).status).toBe('unknown');
        }
      });

      it(`checkTransaction: ${label(spec)}`, async () => {
        const partnerReferenceId = ref();
        const created = await buy(partnerReferenceId);
        pair.sim.faults.set('transaction-detail', spec);
        const out = await pair.client.checkTransaction(created.providerRef ?? '', partnerReferenceId);
        expect(['unknown', 'pending']).toContain(out.status);
      });

      it(`checkStatus by reference: ${label(spec)}`, async () => {
        const partnerReferenceId = ref();
        await buy(partnerReferenceId);
        pair.sim.faults.set('transactions', spec);
        const out = await pair.client.checkStatus({ partnerReferenceId });
        expect(['unknown', 'pending']).toContain(out.status);
      });
    }
  }

  it('a short delay is just a slow answer: the buy is pending as usual', async () => {
    pair.sim.faults.set('buy', { mode: 'delay', ms: 50, times: 1 });
    expect((await buy(ref())).status).toBe('pending');
  });

  for (const spec of specs('after')) {
    it(`token call under ${spec.mode}: the buy is never sent -> failed not_sent, nothing created`, async () => {
      const client = createKlikooClient({ baseUrl: pair.sim.baseUrl, credentials: pair.sim.credentials, timeoutMs: 300 });
      const partnerReferenceId = ref();
      pair.sim.faults.set('access-token', spec);
      const out = await client.buy({ partnerReferenceId, productCode: 'S20', customerNumber: '081234567001', amount: rupiah(20_250) });
      expect(out).toMatchObject({ status: 'failed', code: 'not_sent' });
      expect(pair.sim.transactions().some((t) => t.partnerReferenceId === partnerReferenceId)).toBe(false);
    });
  }

  it('a refused connection (nothing listening) is failed not_sent', async () => {
    const client = createKlikooClient({ baseUrl: 'http://127.0.0.1:1/klikoo-b2b', credentials: pair.sim.credentials, timeoutMs: 300 });
    const out = await client.buy({ partnerReferenceId: ref(), productCode: 'S20', customerNumber: '081234567001', amount: rupiah(20_250) });
    expect(out).toMatchObject({ status: 'failed', code: 'not_sent' });
  });
});

describe('Klikoo read calls under every fault: retryable errors, never a throw', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair();
  });
  afterAll(() => pair.sim.close());

  const reads = {
    balance: () => pair.client.getBalance(),
    products: () => pair.client.listProducts({ limit: 5 }),
    inquiry: () => pair.client.inquirePrepaid({ productCode: 'PLN20', customerNumber: '01105691111', amount: rupiah(20_500) }),
    'inquiry-postpaid': () => pair.client.inquirePostpaid({ productCode: 'POSTPAIDPLN', customerNumber: '533512366386' }),
    transactions: () => pair.client.listTransactions({ page: 1, limit: 5 }),
  } as const;

  for (const [endpoint, read] of Object.entries(reads)) {
    for (const spec of specs('after')) {
      it(`${endpoint}: ${spec.mode}`, async () => {
        await pair.client.getBalance();
        pair.sim.faults.set(endpoint, spec);
        const res = await read();
        expect(res).toMatchObject({ ok: false, retryable: true });
        expect((await read()).ok).toBe(true);
      });
    }
  }
});
