import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import { depositAccount, verifyLedger } from '../../../electron/core/ledger';
import { faultModes, type FaultMode } from '../../../electron/core/providers/sim-kit';
import { createDrivers } from '../../../electron/core/sales/drivers';
import { operatorDecision, operatorEvidence } from '../../../electron/core/sales/operator-actions';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import type { MmbcClient } from '../../../electron/core/providers/mmbc';
import { ShiftBook } from '../../../electron/core/shifts/shift-book';
import { providerTransactions } from '../../crash/provider-truth';
import { bookFlight, issueInputOf, mmbcSimControl } from '../../support/flight-booking';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * The CHECK path under every fault (issue 7 items 1 and 2): every call the reconciler, recovery,
 * callbacks and operator evidence make (IAK check-status and postpaid checkstatus, Ayoconnect
 * status, Klikoo transaction detail and lookup by our reference, MMBC cekstatus, MMBC getstatusbooking
 * as the check of a flight ticket's issue, the balance read)
 * under every fault mode of the sim-kit plus "connection refused" (a relay in front of the
 * simulator stops listening). While the check faults, the provider settles the sale on its side;
 * ours must stay open: never failed, never success, no money moves. When the fault clears it settles
 * to the provider's truth and the ledger deposit equals the simulator's balance.
 */
type Mode = FaultMode | 'refused';
const MODES: readonly Mode[] = [...faultModes, 'refused'];
const CLIENT_TIMEOUT_MS = 1000; // the fixture's clientTimeoutMs

interface CheckCall {
  provider: ProviderId;
  name: string;
  productId: string;
  /** Simulator endpoints the check uses (armed until cleared). */
  endpoints: string[];
  /** Last four digits that make the simulator settle the sale as success / as failed after a pending step. */
  suffix: { success: string; failed: string };
  prefix: string;
  /** Arm the check faults only after the send (the check shares the endpoint with the send). */
  armAfterSend?: boolean;
  /** Fault on the money call so its answer is lost (the check must find the sale by our reference). */
  loseSendAnswer?: string;
  /** A flight ticket: the key's number is the booking's contact phone, the sale issues that booking. */
  flight?: boolean;
}

const checkCalls: CheckCall[] = [
  { provider: 'iak', name: 'IAK check-status', productId: 'check:iak', endpoints: ['check-status'], suffix: { success: '1234', failed: '9999' }, prefix: '0813' },
  {
    provider: 'iak',
    name: 'IAK postpaid checkstatus',
    productId: 'check:iak-bill',
    endpoints: ['bill-check'],
    suffix: { success: '1039', failed: '2039' },
    prefix: '0899',
    armAfterSend: true,
  },
  { provider: 'ayoconnect', name: 'Ayoconnect status', productId: 'check:ayoconnect', endpoints: ['status'], suffix: { success: '1234', failed: '9999' }, prefix: '0813' },
  { provider: 'klikoo', name: 'Klikoo transaction detail', productId: 'check:klikoo', endpoints: ['transaction-detail'], suffix: { success: '1234', failed: '9999' }, prefix: '0813' },
  {
    provider: 'klikoo',
    name: 'Klikoo lookup by our reference (buy answer lost)',
    productId: 'check:klikoo',
    endpoints: ['transactions', 'transaction-detail'],
    suffix: { success: '1234', failed: '9999' },
    prefix: '0813',
    loseSendAnswer: 'buy',
  },
  { provider: 'mmbc', name: 'MMBC cekstatus', productId: 'check:mmbc', endpoints: ['cekstatus'], suffix: { success: '8888', failed: '7777' }, prefix: '0813' },
  {
    provider: 'mmbc',
    name: 'MMBC getstatusbooking (flight issue)',
    productId: 'flight',
    endpoints: ['getstatusbooking'],
    // ...8888: the issue is pending, then issued; ...7777: pending, then cancelled (refunded).
    suffix: { success: '8888', failed: '7777' },
    prefix: '0813',
    flight: true,
  },
];

let t: SalesFixture;
beforeAll(async () => {
  t = await openSalesFixture(
    [
      { productId: 'check:iak', category: 'pulsa', name: 'Pulsa Telkomsel 10.000 (IAK)', price: 12_500, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
      { productId: 'check:iak-bill', category: 'bill', name: 'Tri Pascabayar (IAK)', price: 2_500, offers: [{ provider: 'iak', providerCode: 'HPTHREE', cost: 0 }] },
      { productId: 'check:ayoconnect', category: 'pulsa', name: 'Pulsa Telkomsel 10.000 (Ayoconnect)', price: 12_500, offers: [{ provider: 'ayoconnect', providerCode: 'PPLSTK10', cost: 10_550 }] },
      { productId: 'check:klikoo', category: 'pulsa', name: 'Pulsa Telkomsel 10.000 (Klikoo)', price: 12_500, offers: [{ provider: 'klikoo', providerCode: 'S10', cost: 10_450 }] },
      { productId: 'check:mmbc', category: 'pulsa', name: 'Pulsa Telkomsel 10.000 (MMBC)', price: 12_500, offers: [{ provider: 'mmbc', providerCode: 'TSEL10', cost: 10_750 }] },
    ],
    // Room for the flight tickets' NTA (about Rp 1 juta each) beside the pulsa sales.
    { unreachable: true, openingDeposit: 20_000_000 },
  );
  // Issuing a ticket needs an open counter (every sale here is sold in it).
  new ShiftBook(t.f.ledger).open({ requestId: 'check-matrix-shift', cashier: 'Sari', float: { amount: 0 } });
});
afterAll(() => t.close());

/** Customer numbers and request ids unique by construction: a counter, never the clock or chance. */
let seq = 0;
const usedKeys: { customerNo: string; requestId: string }[] = [];
function nextKey(prefix: string, suffix: string): { customerNo: string; requestId: string } {
  seq += 1;
  const n = String(seq).padStart(4, '0');
  const key = { customerNo: `${prefix}${n}${suffix}`, requestId: `check-matrix-${n}` };
  usedKeys.push(key);
  return key;
}

/** One provider's cases run one at a time (faults and the relay are per simulator); providers run side by side. */
const queues = new Map<ProviderId, Promise<unknown>>();
function serialPer<T>(provider: ProviderId, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(provider) ?? Promise.resolve();
  const next = previous.then(run, run);
  queues.set(provider, next.catch(() => undefined));
  return next;
}

function simOrigin(provider: ProviderId): string {
  return t.sims.get(provider)!.baseUrl.replace(/\/klikoo-b2b$/, '');
}

async function armFault(provider: ProviderId, endpoint: string, mode: FaultMode, times?: number): Promise<void> {
  const spec = { endpoint, mode, ...(mode === 'delay' ? { ms: CLIENT_TIMEOUT_MS * 2 } : {}), ...(times ? { times } : {}) };
  const res = await fetch(`${simOrigin(provider)}/__sim/faults`, { method: 'POST', body: JSON.stringify(spec) });
  expect(res.status).toBe(200);
}

async function clearFaults(provider: ProviderId): Promise<void> {
  await fetch(`${simOrigin(provider)}/__sim/faults`, { method: 'DELETE' });
}

async function makeUnreachable(call: CheckCall, mode: Mode): Promise<void> {
  if (mode === 'refused') await t.proxies.get(call.provider)!.refuse();
  else for (const endpoint of call.endpoints) await armFault(call.provider, endpoint, mode);
}

async function makeReachable(provider: ProviderId): Promise<void> {
  await clearFaults(provider);
  await t.proxies.get(provider)!.accept();
}

/** The simulator's own final word on our sale (its inspection route, never through the relay). */
async function providerSettled(provider: ProviderId, key: string, flight = false): Promise<'success' | 'failed'> {
  return vi.waitFor(
    async () => {
      if (flight) {
        // A ticket's truth is its booking's status: issued, or cancelled with the issue refunded.
        const status = (await mmbcSimControl(t.sims.get('mmbc')!.baseUrl).status(key)) ?? 'absent';
        if (status === 'issued') return 'success' as const;
        if (status === 'cancel' || status === 'expired') return 'failed' as const;
        throw new Error(`booking ${key} still ${status}`);
      }
      const tx = (await providerTransactions({ provider, baseUrl: t.sims.get(provider)!.baseUrl, credentials: null })).find((x) => x.key === key);
      const status = tx?.status.toLowerCase() ?? '';
      if (/^(success|sukses)$/.test(status)) return 'success' as const;
      if (/^(failed|gagal)$/.test(status)) return 'failed' as const;
      throw new Error(`${provider} ${key} still ${status || 'absent'}`);
    },
    { timeout: 20_000, interval: 50 },
  );
}

/** Waits until the reconciler has asked about the sale `more` more times (each one answered by the fault). */
async function checkedAgain(sale: SaleRecord, more: number): Promise<SaleRecord> {
  const from = t.sales.book.get(sale.id).checkCount;
  return vi.waitFor(
    () => {
      const now = t.sales.book.get(sale.id);
      // Settled meanwhile: no point waiting, the caller's assertion reports it.
      if (now.state === 'success' || now.state === 'failed') return now;
      if (now.checkCount < from + more) throw new Error(`sale ${sale.id}: ${now.checkCount - from} checks so far`);
      return now;
    },
    { timeout: 30_000, interval: 50 },
  );
}

async function send(call: CheckCall, key: { customerNo: string; requestId: string }): Promise<SaleRecord> {
  if (call.flight) {
    const booking = await bookFlight(t.providers.client('mmbc') as MmbcClient, key.customerNo, seq * 2);
    return t.sales.issueFlight(issueInputOf(booking, key.requestId));
  }
  if (call.productId === 'check:iak-bill') {
    const bill = await t.sales.bills.inquire({ productId: call.productId, customerNo: key.customerNo });
    return t.sales.engine.payBill({ requestId: key.requestId, inquiryId: bill.id });
  }
  return t.sales.engine.start({ requestId: key.requestId, productId: call.productId, customerNo: key.customerNo });
}

/** The key the simulator's inspection knows our sale by (MMBC has none of ours: the number; a ticket: its booking code). */
const simKey = (provider: ProviderId, sale: SaleRecord) => (provider === 'mmbc' ? sale.customerNo : sale.refId);

function expectOpenAndUntouched(sale: SaleRecord, deposit: number): void {
  expect(['pending', 'unknown'], `${sale.refId} settled while its status check could not be answered`).toContain(sale.state);
  expect(sale.refund).toBe('none');
  expect(t.f.ledger.rawBalance(depositAccount(sale.provider))).toBe(deposit);
}

async function expectTrueAndBalanced(sale: SaleRecord, truth: 'success' | 'failed'): Promise<void> {
  const done = await waitSettled(t, sale.id);
  expect(done.state).toBe(truth);
  expect(t.f.ledger.rawBalance(depositAccount(sale.provider))).toBe(await t.simBalance(sale.provider));
  expect(verifyLedger(t.f.db)).toEqual([]);
}

interface Case {
  call: CheckCall;
  mode: Mode;
  truth: 'success' | 'failed';
}

/** Every check call x every mode, the truth alternating; interleaved by provider so concurrent slots serve every simulator. */
function interleavedCases(): Case[] {
  const byProvider = new Map<ProviderId, Case[]>();
  for (const call of checkCalls) {
    const list = byProvider.get(call.provider) ?? [];
    MODES.forEach((mode, i) => list.push({ call, mode, truth: i % 2 === 0 ? 'success' : 'failed' }));
    byProvider.set(call.provider, list);
  }
  const lists = [...byProvider.values()];
  const out: Case[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i += 1) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

describe('status checks under every fault', () => {
  it.concurrent.each(interleavedCases().map((c) => [c.call.name, c.mode, c.truth, c] as const))(
    '%s under %s: the sale stays open while the check faults, then settles to the provider’s %s',
    (_name, mode, truth, { call }) =>
      serialPer(call.provider, async () => {
        const key = nextKey(call.prefix, call.suffix[truth]);
        if (call.loseSendAnswer) await armFault(call.provider, call.loseSendAnswer, 'reset', 1);
        if (!call.armAfterSend && mode !== 'refused') await makeUnreachable(call, mode);
        const sale = await send(call, key);
        if (call.armAfterSend || mode === 'refused') await makeUnreachable(call, mode);
        if (call.loseSendAnswer) expect(sale.providerRef, 'the buy answer was lost: only our reference is known').toBeNull();
        const deposit = t.f.ledger.rawBalance(depositAccount(call.provider));
        const health = t.providers.status(call.provider);
        try {
          expectOpenAndUntouched(sale, deposit);
          expect(await providerSettled(call.provider, simKey(call.provider, sale), call.flight)).toBe(truth);
          expectOpenAndUntouched(await checkedAgain(sale, 2), deposit);
          // A check that got no answer says nothing about the provider's selling health either.
          expect(t.providers.status(call.provider)).toMatchObject({ lastErrorAt: health.lastErrorAt, lastOkAt: health.lastOkAt });
        } finally {
          await makeReachable(call.provider);
        }
        await expectTrueAndBalanced(sale, truth);
      }),
    120_000,
  );
});

describe.concurrent.each(['iak', 'ayoconnect', 'klikoo'] as const)('recovery after a restart while %s is unreachable', (provider) => {
  const productId = `check:${provider}`;
  it(
    'a `sent` sale stays open while nothing answers, then settles to the provider’s truth',
    () =>
      serialPer(provider, async () => {
        const route = t.routes.get(productId)!;
        const offer = route.offers[0]!;
        const key = nextKey('0813', '1234');
        // The core wrote the sale and sent it, the provider took it, then the power went: no answer recorded.
        const committed = t.sales.book.commit({
          requestId: key.requestId, refId: `LKRECOVER${key.requestId.slice(-4)}`, kind: 'pulsa', provider, productId, providerCode: offer.providerCode,
          productName: route.name, customerNo: key.customerNo, customerName: null, inquiryId: null, price: route.price, cost: offer.cost,
          details: {}, itrx: null, reroutedFrom: null,
        });
        const sent = t.sales.book.markSent(committed);
        const drivers = createDrivers((id) => t.providers.client(id), () => undefined);
        expect((await drivers.get(provider)!.send(sent, null)).status).not.toBe('failed');
        const deposit = t.f.ledger.rawBalance(depositAccount(provider));
        // The PC comes back before the modem: the provider cannot be reached when recovery checks.
        await t.proxies.get(provider)!.refuse();
        try {
          await t.restartSales();
          expect(await providerSettled(provider, sent.refId)).toBe('success');
          expectOpenAndUntouched(await checkedAgain(sent, 2), deposit);
        } finally {
          await makeReachable(provider);
        }
        await expectTrueAndBalanced(sent, 'success');
      }),
    120_000,
  );
});

describe('operator evidence: the MMBC balance read under every fault', () => {
  it(
    'a sale waiting for the operator keeps waiting, no money moves; once readable the evidence decides it',
    () =>
      serialPer('mmbc', async () => {
        const key = nextKey('0813', '1234');
        await armFault('mmbc', 'isipulsa', 'reset', 1);
        const sale = await t.sales.engine.start({ requestId: key.requestId, productId: 'check:mmbc', customerNo: key.customerNo });
        const waiting = await waitSettled(t, sale.id, { orOperator: true });
        expect(waiting.needsOperator).toBe(true);
        const deposit = t.f.ledger.rawBalance(depositAccount('mmbc'));
        for (const mode of MODES) {
          await makeUnreachable({ ...checkCalls.find((c) => c.provider === 'mmbc')!, endpoints: ['ceksaldo'] }, mode);
          try {
            const evidence = await operatorEvidence(t.f.ledger, () => t.providers.balance('mmbc'), t.sales.book.get(sale.id));
            expect(evidence.reportedBalance, `balance read under ${mode}`).toBeNull();
            expect(evidence.message).toMatch(/tidak dapat dibaca/);
          } finally {
            await makeReachable('mmbc');
          }
          const still = t.sales.book.get(sale.id);
          expect(still.needsOperator).toBe(true);
          expectOpenAndUntouched(still, deposit);
        }
        const evidence = await operatorEvidence(t.f.ledger, () => t.providers.balance('mmbc'), t.sales.book.get(sale.id));
        expect(evidence.difference).toBe(0);
        const decided = operatorDecision(t.sales.book, t.sales.book.get(sale.id), { decision: 'success', note: 'saldo MMBC sama dengan pembukuan' });
        expect(decided.state).toBe('success');
        expect(t.f.ledger.rawBalance(depositAccount('mmbc'))).toBe(await t.simBalance('mmbc'));
        expect(verifyLedger(t.f.db)).toEqual([]);
      }),
    120_000,
  );
});

describe('the matrix’s keys', () => {
  it('every customer number and request id was used once', () => {
    expect(usedKeys.length).toBe(checkCalls.length * MODES.length + 3 + 1);
    expect(new Set(usedKeys.map((k) => k.customerNo)).size).toBe(usedKeys.length);
    expect(new Set(usedKeys.map((k) => k.requestId)).size).toBe(usedKeys.length);
  });
});
