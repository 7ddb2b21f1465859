import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, depositAccount, verifyLedger } from '../../../electron/core/ledger';
import type { MmbcClient } from '../../../electron/core/providers/mmbc';
import type { FaultMode } from '../../../electron/core/providers/sim-kit';
import { createDrivers } from '../../../electron/core/sales/drivers';
import { flightAttempt } from '../../../electron/core/sales/flight-issue';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import { COUNTER_CLOSED } from '../../../electron/core/shifts/shift-gate';
import { ShiftBook } from '../../../electron/core/shifts/shift-book';
import { bookFlight, issueInputOf, mmbcSimControl, TEST_FLIGHT_MARKUP } from '../../support/flight-booking';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * Issuing a flight ticket (MMBC getissued-json) is a sale through the engine and ledger, against the
 * real MMBC simulator: the deposit pays the NTA, the customer the selling price, the agent bonus is
 * commission income; a lost issue answer is settled by getstatusbooking, never by issuing again.
 */
let t: SalesFixture;
let sim: ReturnType<typeof mmbcSimControl>;
let client: () => MmbcClient;
beforeAll(async () => {
  t = await openSalesFixture([], { openingDeposit: 60_000_000 });
  sim = mmbcSimControl(t.sims.get('mmbc')!.baseUrl);
  client = () => t.providers.client('mmbc') as MmbcClient;
});
afterEach(() => sim.clearFaults());
afterAll(() => t.close());

/** getissued requests the simulator receives from now on. */
const countIssues = () => sim.countFrom('getissued');

/** Phones and request ids unique by construction (a counter); the last four digits pick the simulator's rule. */
let seq = 0;
async function booking(rule: 'at_once' | 'pending_issued' | 'pending_cancel' | 'airline_cancel') {
  seq += 1;
  const suffix = { at_once: '1234', pending_issued: '8888', pending_cancel: '7777', airline_cancel: '6666' }[rule];
  const b = await bookFlight(client(), `0812${String(seq).padStart(4, '0')}${suffix}`, seq * 3);
  return { booking: b, input: issueInputOf(b, `flight-issue-${seq}`) };
}

let shiftOpened = false;
function openShift(): void {
  if (shiftOpened) return;
  new ShiftBook(t.f.ledger).open({ requestId: 'flight-issue-shift', cashier: 'Sari', float: { amount: 0 } });
  shiftOpened = true;
}

const balances = () => ({
  deposit: t.f.ledger.rawBalance(depositAccount('mmbc')),
  costOfSales: t.f.ledger.rawBalance(ACCOUNT.costOfSales),
  commission: t.f.ledger.rawBalance(ACCOUNT.commissionIncome),
  revenue: t.f.ledger.rawBalance(ACCOUNT.salesRevenue),
  refundsOwed: t.f.ledger.rawBalance(ACCOUNT.refundsOwed),
  held: t.f.ledger.rawBalance(ACCOUNT.depositHeld),
});
const saleCount = () => t.f.db.prepare('SELECT COUNT(*) FROM sale').pluck().get() as number;
const simStatus = (code: string) => sim.status(code);

async function expectInStepWithSimulator(): Promise<void> {
  expect(t.f.ledger.rawBalance(depositAccount('mmbc'))).toBe(await t.simBalance('mmbc'));
  expect(verifyLedger(t.f.db)).toEqual([]);
}

describe('issuing a flight ticket', () => {
  it('with no shift open is refused and writes nothing', async () => {
    const { input } = await booking('at_once');
    const sales = saleCount();
    const issues = await countIssues();
    await expect(t.sales.issueFlight(input)).rejects.toThrow(COUNTER_CLOSED);
    expect(saleCount()).toBe(sales);
    expect(await issues.count()).toBe(0);
  });

  it('issued at once: the deposit pays the NTA, cost of sales is NTA + bonus, the bonus is commission, the customer pays the price', async () => {
    openShift();
    const { booking: b, input } = await booking('at_once');
    expect(input.commission).toBeGreaterThan(0);
    const before = balances();
    const issues = await countIssues();
    const sale = await t.sales.issueFlight(input);
    expect(sale).toMatchObject({
      state: 'success', kind: 'flight', provider: 'mmbc', productId: `flight:${b.bookingCode}`, providerCode: b.bookingCode,
      customerNo: b.bookingCode, providerRef: b.bookingCode, itrx: null, price: b.totalFare + TEST_FLIGHT_MARKUP, cost: b.ntaPrice,
      commission: b.agentBonus, reroutedFrom: null,
    });
    expect(await issues.count()).toBe(1);
    const after = balances();
    expect(after.deposit - before.deposit).toBe(-b.ntaPrice);
    expect(after.costOfSales - before.costOfSales).toBe(b.ntaPrice + (b.agentBonus ?? 0));
    expect(after.commission - before.commission).toBe(-(b.agentBonus ?? 0));
    expect(after.revenue - before.revenue).toBe(-input.price);
    expect(after.held).toBe(before.held);
    expect(await simStatus(b.bookingCode)).toBe('issued');
    await expectInStepWithSimulator();
  });

  it('pending, then issued: settled by the reconciler through getstatusbooking', async () => {
    openShift();
    const { booking: b, input } = await booking('pending_issued');
    const issues = await countIssues();
    const sale = await t.sales.issueFlight(input);
    expect(sale.state).toBe('pending');
    expect(sale.needsOperator).toBe(false);
    const done = await waitSettled(t, sale.id);
    expect(done.state).toBe('success');
    expect(await issues.count()).toBe(1);
    expect(await simStatus(b.bookingCode)).toBe('issued');
    await expectInStepWithSimulator();
  });

  it('pending, then cancelled: failed, refund due, the deposit restored', async () => {
    openShift();
    const { booking: b, input } = await booking('pending_cancel');
    const before = balances();
    const sale = await t.sales.issueFlight(input);
    expect(sale.state).toBe('pending');
    const done = await waitSettled(t, sale.id);
    expect(done).toMatchObject({ state: 'failed', refund: 'due' });
    expect(await simStatus(b.bookingCode)).toBe('cancel');
    const after = balances();
    expect(after.deposit).toBe(before.deposit);
    expect(after.refundsOwed - before.refundsOwed).toBe(-input.price);
    expect(after.costOfSales).toBe(before.costOfSales);
    expect(after.commission).toBe(before.commission);
    await expectInStepWithSimulator();
  });

  it.each([
    ['expired', (code: string) => sim.expire(code)],
    ['cancelled by the airline', (code: string) => sim.cancel(code)],
  ] as const)('a booking %s before the issue: failed, nothing charged', async (_what, end) => {
    openShift();
    const { booking: b, input } = await booking('at_once');
    expect(await end(b.bookingCode)).toBe(200);
    const before = balances();
    const sale = await t.sales.issueFlight(input);
    expect(sale).toMatchObject({ state: 'failed', refund: 'due' });
    expect(balances().deposit).toBe(before.deposit);
    expect(balances().costOfSales).toBe(before.costOfSales);
    await expectInStepWithSimulator();
  });

  it('the provider’s "Sisa saldo tidak cukup": failed, nothing charged', async () => {
    openShift();
    const { booking: b, input } = await booking('at_once');
    const real = await t.simBalance('mmbc');
    await sim.setBalance(b.ntaPrice - 1);
    try {
      const before = balances();
      const sale = await t.sales.issueFlight(input);
      expect(sale.state).toBe('failed');
      expect(sale.message).toMatch(/Sisa saldo tidak cukup/);
      expect(balances().deposit).toBe(before.deposit);
      expect(await simStatus(b.bookingCode)).toBe('waiting');
    } finally {
      await sim.setBalance(real);
    }
    await expectInStepWithSimulator();
  });

  it('refuses, writing nothing: a deposit short of the NTA, amounts that do not add up, a booking issued already', async () => {
    openShift();
    const { booking: b, input } = await booking('at_once');
    const count = saleCount();
    const deposit = t.f.ledger.rawBalance(depositAccount('mmbc'));
    await expect(t.sales.issueFlight({ ...input, requestId: `${input.requestId}-big`, cost: deposit + 1, price: deposit + 1 })).rejects.toMatchObject({ code: 'insufficient_funds' });
    // MMBC's NTA is the total fare minus the bonus: the bonus is already off what the deposit pays, so
    // a price under the NTA loses money even when price + bonus would cover it.
    expect(b.agentBonus ?? 0).toBeGreaterThan(1);
    await expect(t.sales.issueFlight({ ...input, requestId: `${input.requestId}-loss`, price: b.ntaPrice - 1 })).rejects.toThrow(/lebih kecil dari NTA/);
    await expect(t.sales.issueFlight({ ...input, requestId: `${input.requestId}-loss2`, price: 1_000_000, cost: 1_500_000, commission: 600_000 })).rejects.toThrow(/lebih kecil dari NTA/);
    await expect(t.sales.issueFlight({ ...input, requestId: `${input.requestId}-neg`, commission: -1 })).rejects.toThrow(/Komisi/);
    await expect(t.sales.issueFlight({ ...input, requestId: `${input.requestId}-code`, bookingCode: 'AB' })).rejects.toThrow(/Kode booking/);
    expect(saleCount()).toBe(count);
    const sale = await t.sales.issueFlight(input);
    expect(sale.state).toBe('success');
    await expect(t.sales.issueFlight({ ...input, requestId: `${input.requestId}-again` })).rejects.toThrow(/sudah di-issue/);
    expect(saleCount()).toBe(count + 1);
  });

  it('a repeated request joins the first issue: one sale, one getissued', async () => {
    openShift();
    const { input } = await booking('pending_issued');
    const issues = await countIssues();
    const [a, b] = await Promise.all([t.sales.issueFlight(input), t.sales.issueFlight(input)]);
    expect(b.id).toBe(a.id);
    const settled = await waitSettled(t, a.id);
    expect((await t.sales.issueFlight(input)).id).toBe(a.id);
    expect(settled.state).toBe('success');
    expect(await issues.count()).toBe(1);
  });
});

describe('a lost issue answer is settled by the booking status, never by issuing again', () => {
  const lost: [FaultMode, 'after' | 'before'][] = (['no_answer', 'reset', 'http_502'] as const).flatMap((mode) => [
    [mode, 'after'] as [FaultMode, 'after'],
    [mode, 'before'] as [FaultMode, 'before'],
  ]);
  it.each(lost)('%s %s the simulator processed it', async (mode, when) => {
    openShift();
    const { booking: b, input } = await booking('at_once');
    await sim.fault('getissued', { mode, when, times: 1 });
    const sale = await t.sales.issueFlight(input);
    // The faulted request was the one getissued; every request from here on is counted.
    expect(await sim.faultUsed('getissued')).toBe(true);
    const more = await countIssues();
    expect(sale.state, 'a lost answer is never a failure').toBe('unknown');
    expect(sale.needsOperator, 'a flight is asked by its booking code, not by the operator').toBe(false);
    if (when === 'before') {
      // Not issued: the booking stays waiting and the sale open (checked again and again) until MMBC ends it.
      expect(await simStatus(b.bookingCode)).toBe('waiting');
      const from = sale.checkCount;
      await vi.waitFor(() => expect(t.sales.book.get(sale.id).checkCount).toBeGreaterThan(from + 1), { timeout: 10_000, interval: 50 });
      expect(t.sales.book.get(sale.id)).toMatchObject({ state: 'unknown', needsOperator: false });
      await sim.expire(b.bookingCode);
    }
    const done = await waitSettled(t, sale.id);
    expect(done.state).toBe(when === 'after' ? 'success' : 'failed');
    expect(await simStatus(b.bookingCode)).toBe(when === 'after' ? 'issued' : 'expired');
    expect(await more.count(), 'never issued again').toBe(0);
    await expectInStepWithSimulator();
  });
});

describe('recovery after a restart', () => {
  it('an issue left `sent` becomes unknown and settles by its booking status; one left `committed` fails unsent', async () => {
    openShift();
    const taken = await booking('at_once');
    const untouched = await booking('at_once');
    const issues = await countIssues();
    // The core wrote the issue and sent it, MMBC issued, then the power went: no answer recorded.
    const sent = t.sales.book.markSent(t.sales.book.commit(flightAttempt(taken.input, t.sales.book.repo, t.f.ledger.now())));
    const drivers = createDrivers((id) => t.providers.client(id), () => undefined);
    expect((await drivers.get('mmbc')!.send(sent, null)).status).toBe('success');
    const committed: SaleRecord = t.sales.book.commit(flightAttempt(untouched.input, t.sales.book.repo, t.f.ledger.now()));
    await t.restartSales();
    expect(await waitSettled(t, sent.id)).toMatchObject({ state: 'success' });
    expect(t.sales.book.get(committed.id)).toMatchObject({ state: 'failed', refund: 'due' });
    expect(await simStatus(untouched.booking.bookingCode)).toBe('waiting');
    expect(await issues.count()).toBe(1);
    await expectInStepWithSimulator();
  });
});
