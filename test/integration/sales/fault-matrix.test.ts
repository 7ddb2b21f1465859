import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../electron/core/api/schemas';
import { verifyLedger } from '../../../electron/core/ledger';
import { operatorDecision } from '../../../electron/core/sales/operator-actions';
import { providerTransactions } from '../../crash/provider-truth';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * Every provider × every fault on its money-moving call, with the provider having done the work
 * ('after': the answer was lost) or not ('before'). After reconciliation the sale is success exactly
 * when the provider charged, failed exactly when it did not, and the ledger agrees with the deposit.
 * MMBC cannot be asked, so its sales end with the operator, who decides from MMBC's own history.
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
  );
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

describe('the matrix’s keys', () => {
  it('every customer number and request id was used once (MMBC sales are matched by number)', () => {
    expect(keys.length).toBe(Object.keys(products).length * modes.length * 2);
    expect(new Set(keys.map((k) => k.customerNo)).size).toBe(keys.length);
    expect(new Set(keys.map((k) => k.requestId)).size).toBe(keys.length);
  });
});
