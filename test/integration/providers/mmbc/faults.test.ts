import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultModes, type FaultMode } from '../../../../electron/core/providers/sim-kit';
import { createMmbcClient, type MmbcClient } from '../../../../electron/core/providers/mmbc';
import { daysAhead, startHarness, type Harness } from './helpers';

/**
 * Every fault mode, before and after the simulator did the work, on every money-moving call
 * (isipulsa, getissued) and on their status checks (cekstatus, getstatusbooking): the outcome is
 * unknown or pending, never failed and never success. Reads turn the same faults into retryable errors.
 */
let h: Harness;
let fast: MmbcClient;
let seq = 0;
const WHEN = ['before', 'after'] as const;
const matrix = faultModes.flatMap((mode) => WHEN.map((when) => ({ mode, when })));

beforeAll(async () => {
  h = await startHarness({ initialBalance: 50_000_000 });
  fast = h.clientWith(300); // short timeout: delay and no_answer end quickly
});
afterAll(async () => h.sim.close());

const arm = (endpoint: string, mode: FaultMode, when: 'before' | 'after') =>
  h.sim.faults.set(endpoint, { mode, when, ms: 1500, times: 1 });

async function freshBooking(): Promise<string> {
  for (;;) {
    seq += 1;
    const date = daysAhead(3 + (seq % 300));
    const r = await h.client.searchFlights({ from: 'CGK', to: 'DPS', date });
    const f = r.ok ? r.value.flights.find((x) => !/^(QG|QZ|JQ)-/.test(x.flightCode)) : undefined;
    if (!f) continue;
    const b = await h.client.book({
      from: 'CGK', to: 'DPS', date, flight: f.flightCode, email: 'kasir@loket.test', phone: '081234500000',
      passengers: [{ type: 'adult', title: 'Mr', name: 'Uji Gangguan' }],
    });
    if (b.ok) return b.value.bookingCode;
  }
}

describe('isipulsa under faults', () => {
  it.each(matrix)('$mode ($when): unknown, never failed', async ({ mode, when }) => {
    seq += 1;
    const number = `0813${String(seq).padStart(8, '0')}`;
    const before = h.sim.balance();
    arm('isipulsa', mode, when);
    const out = await fast.topup({ productCode: 'TSEL10', destination: number, itrx: 1 });
    expect(out.status).toBe('unknown');
    expect(out.providerRef).toBeUndefined(); // the invoice was lost with the answer
    h.sim.faults.clear();
    if (when === 'after' || mode === 'delay') {
      // The provider did the work: charged, and the transaction exists on its side.
      await waitFor(() => h.sim.transactions().some((t) => t.destination === number));
      expect(h.sim.balance()).toBe(before - 10750);
    } else {
      expect(h.sim.transactions().some((t) => t.destination === number)).toBe(false);
      expect(h.sim.balance()).toBe(before);
    }
  });
});

describe('cekstatus under faults', () => {
  it.each(matrix)('$mode ($when): unknown, never failed', async ({ mode, when }) => {
    seq += 1;
    // ...9999 fails at once: intact, this status check would say failed; under a fault it must not.
    const number = `0813${String(seq).padStart(4, '0')}9999`;
    const sale = await h.client.topup({ productCode: 'TSEL5', destination: number, itrx: 1 });
    expect(sale.status).toBe('failed');
    arm('cekstatus', mode, when);
    expect((await fast.checkTopup({ invoice: sale.providerRef ?? '', destination: number })).status).toBe('unknown');
    h.sim.faults.clear();
    expect(await h.client.checkTopup({ invoice: sale.providerRef ?? '', destination: number })).toMatchObject({ status: 'failed' });
  });
});

describe('getissued under faults', () => {
  it.each(matrix)('$mode ($when): unknown, never failed', async ({ mode, when }) => {
    const code = await freshBooking();
    const before = h.sim.balance();
    arm('getissued', mode, when);
    const out = await fast.issue(code);
    expect(out.status).toBe('unknown');
    h.sim.faults.clear();
    if (when === 'after' || mode === 'delay') {
      await waitFor(() => h.sim.bookings().some((b) => b.kodebooking === code && b.status === 'issued'));
      expect(h.sim.balance()).toBeLessThan(before);
      // The status check resolves what the lost answer hid.
      expect(await h.client.checkIssue(code)).toMatchObject({ status: 'success' });
    } else {
      expect(await h.client.checkIssue(code)).toMatchObject({ status: 'unknown' }); // still waiting
      expect(h.sim.balance()).toBe(before);
    }
  });
});

describe('getstatusbooking under faults', () => {
  it.each(matrix)('$mode ($when): unknown, never failed', async ({ mode, when }) => {
    const code = await freshBooking();
    h.sim.expireBooking(code); // a state that maps to failed when the answer arrives intact
    arm('getstatusbooking', mode, when);
    expect((await fast.checkIssue(code)).status).toBe('unknown');
    h.sim.faults.clear();
    expect(await h.client.checkIssue(code)).toMatchObject({ status: 'failed', code: 'expired' });
  });
});

describe('read calls under faults: retryable errors', () => {
  const reads: [string, (c: MmbcClient) => Promise<{ ok: boolean; retryable?: boolean }>][] = [
    ['ceksaldo', (c) => c.getBalance()],
    ['daftarharga', (c) => c.getPriceList()],
    ['getcodearea', (c) => c.getAreas()],
    ['getflights', (c) => c.searchFlights({ from: 'CGK', to: 'SUB', date: daysAhead(4) })],
    ['getprice', (c) => c.getPrice({ from: 'CGK', to: 'SUB', date: daysAhead(4), flight: 'JT-1', adult: 1, child: 0, infant: 0 })],
    ['getetiket', (c) => c.getEticket('ABCDEF')],
  ];
  it.each(reads.flatMap(([endpoint, call]) => faultModes.map((mode) => ({ endpoint, mode, call }))))(
    '$endpoint $mode',
    async ({ endpoint, mode, call }) => {
      h.sim.faults.set(endpoint, { mode, when: 'before', ms: 1500, times: 1 });
      expect(await call(fast)).toMatchObject({ ok: false, retryable: true });
      h.sim.faults.clear();
    },
  );
});

describe('nothing listening', () => {
  it('connection refused: a sale is failed/not_sent, a status check stays unknown', async () => {
    const down = await startHarness();
    const url = down.sim.baseUrl;
    await down.sim.close();
    const client = createMmbcClient({ baseUrl: url, credentials: { username: 'dummy', password: 'dummy123' }, timeoutMs: 300 });
    expect(await client.topup({ productCode: 'TSEL5', destination: '081234567890', itrx: 1 })).toMatchObject({ status: 'failed', code: 'not_sent' });
    expect(await client.issue('ABCDEF')).toMatchObject({ status: 'failed', code: 'not_sent' });
    expect((await client.checkTopup({ invoice: 'TRX1', destination: '081234567890' })).status).toBe('unknown');
    expect((await client.checkIssue('ABCDEF')).status).toBe('unknown');
    expect(await client.getBalance()).toMatchObject({ ok: false, retryable: true });
  });
});

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
}
