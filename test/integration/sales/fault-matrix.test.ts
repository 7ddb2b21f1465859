import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import { verifyLedger } from '../../../electron/core/ledger';
import { operatorDecision } from '../../../electron/core/sales/operator-actions';
import type { MmbcClient } from '../../../electron/core/providers/mmbc';
import { ShiftBook } from '../../../electron/core/shifts/shift-book';
import { providerTransactions } from '../../crash/provider-truth';
import { bookFlight, issueInputOf, mmbcSimControl } from '../../support/flight-booking';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * Every provider × every fault on its money-moving call, with the provider having done the work
 * ('after': the answer was lost) or not ('before'). After reconciliation the sale is success exactly
 * when the provider charged, failed exactly when it did not, and the ledger agrees with the deposit.
 * MMBC cannot be asked, so its sales end with the operator, who decides from MMBC's own history.
 * A flight ticket's issue (MMBC getissued) can be asked, by its booking code: its lost answers are
 * settled by getstatusbooking, never by the operator and never by issuing again.
 */
const products: Record<ProviderId, { code: string; cost: number; endpoint: string }> = {
  iak: { code: 'htelkomsel10000', cost: 10_800, endpoint: 'top-up' },
  mmbc: { code: 'TSEL10', cost: 10_750, endpoint: 'isipulsa' },
  klikoo: { code: 'S10', cost: 10_450, endpoint: 'buy' },
  ayoconnect: { code: 'PPLSTK10', cost: 10_550, endpoint: 'payment' },
};
const modes = ['no_answer', 'reset', 'http_500', 'html', 'malformed_json'] as const;

let t: SalesFixture;
beforeAll(async () => {
  t = await openSalesFixture(
    (Object.keys(products) as ProviderId[]).map((provider) => ({
      productId: `matrix:${provider}`,
      category: 'pulsa' as const,
      name: `Pulsa Telkomsel 10.000 (${provider})`,
      price: 12_500,
      offers: [{ provider, providerCode: products[provider].code, cost: products[provider].cost }],
    })),
    // Room for the flight tickets' NTA (about Rp 1 juta each) beside the pulsa sales.
    { openingDeposit: 20_000_000 },
  );
  // Issuing a ticket needs an open counter (the pulsa sales here are sold in it too).
  new ShiftBook(t.f.ledger).open({ requestId: 'matrix-shift', cashier: 'Sari', float: { amount: 0 } });
});
afterAll(() => t.close());

/** Customer numbers and request ids unique by construction: a counter (never the clock), away from the simulators' special endings. */
let n = 0;
const keys: { customerNo: string; requestId: string }[] = [];
function nextKey(provider: ProviderId, mode: string, when: string): { customerNo: string; requestId: string } {
  n += 1;
  const key = { customerNo: `0812${String(n).padStart(4, '0')}1234`, requestId: `matrix-${provider}-${mode}-${when}-${n}` };
  keys.push(key);
  return key;
}
const settled = (id: number) => waitSettled(t, id, { orOperator: true });

describe.each(Object.keys(products) as ProviderId[])('%s', (provider) => {
  it.each(modes.flatMap((mode) => (['after', 'before'] as const).map((when) => [mode, when] as const)))(
    '%s %s processing ends in the true final state',
    async (mode, when) => {
      const { customerNo, requestId } = nextKey(provider, mode, when);
      const base = t.sims.get(provider)!.baseUrl.replace(/\/klikoo-b2b$/, '');
      await fetch(`${base}/__sim/faults`, { method: 'POST', body: JSON.stringify({ endpoint: products[provider].endpoint, mode, when, times: 1 }) });
      const sale = await t.sales.engine.start({ requestId, productId: `matrix:${provider}`, customerNo });
      expect(sale.state, 'a fault is never a failure at once').not.toBe('failed');
      let done = await settled(sale.id);
      if (done.needsOperator) {
        // The simulator knows our sale by our reference; MMBC (none of ours) by the number.
        const ours = provider === 'mmbc' ? customerNo : done.refId;
        const truth = (await providerTransactions({ provider, baseUrl: t.sims.get(provider)!.baseUrl, credentials: null })).find((x) => x.key === ours);
        done = operatorDecision(t.sales.book, done, { decision: truth ? 'success' : 'failed', note: 'dicek di riwayat provider' });
      }
      expect(done.state).toBe(when === 'after' ? 'success' : 'failed');
      expect(t.f.ledger.rawBalance(`deposit:${provider}`)).toBe(await t.simBalance(provider));
      expect(verifyLedger(t.f.db)).toEqual([]);
    },
  );
});

describe('mmbc flight issue (getissued)', () => {
  let sim: ReturnType<typeof mmbcSimControl>;
  beforeAll(() => {
    sim = mmbcSimControl(t.sims.get('mmbc')!.baseUrl);
  });
  it.each(modes.flatMap((mode) => (['after', 'before'] as const).map((when) => [mode, when] as const)))(
    '%s %s processing ends in the booking’s true final state, issued once',
    async (mode, when) => {
      // The key's number is the booking's contact phone (...1234: MMBC issues at once).
      const { customerNo, requestId } = nextKey('mmbc', `issue-${mode}`, when);
      const booking = await bookFlight(t.providers.client('mmbc') as MmbcClient, customerNo, n * 2);
      await sim.fault('getissued', { mode, when, times: 1 });
      const sale = await t.sales.issueFlight(issueInputOf(booking, requestId));
      expect(await sim.faultUsed('getissued')).toBe(true);
      const issues = await sim.countFrom('getissued');
      try {
        expect(sale.state, 'a fault is never a failure at once').not.toBe('failed');
        expect(sale.needsOperator).toBe(false);
        // Not processed: the booking waits (the sale stays open) until its time limit ends it.
        if (when === 'before') {
          expect(await sim.status(booking.bookingCode)).toBe('waiting');
          await sim.expire(booking.bookingCode);
        }
        const done = await settled(sale.id);
        expect(done.state).toBe(when === 'after' ? 'success' : 'failed');
        expect(await sim.status(booking.bookingCode)).toBe(when === 'after' ? 'issued' : 'expired');
        expect(await issues.count(), 'never issued again').toBe(0);
      } finally {
        await sim.clearFaults();
      }
      expect(t.f.ledger.rawBalance('deposit:mmbc')).toBe(await t.simBalance('mmbc'));
      expect(verifyLedger(t.f.db)).toEqual([]);
    },
  );
});

describe('the matrix’s keys', () => {
  it('every customer number and request id was used once (MMBC sales are matched by number)', () => {
    expect(keys.length).toBe((Object.keys(products).length + 1) * modes.length * 2);
    expect(new Set(keys.map((k) => k.customerNo)).size).toBe(keys.length);
    expect(new Set(keys.map((k) => k.requestId)).size).toBe(keys.length);
  });
});
