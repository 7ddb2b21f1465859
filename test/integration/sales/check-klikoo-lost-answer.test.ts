import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { depositAccount, verifyLedger } from '../../../electron/core/ledger';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * Issue 7 item 10: a Klikoo sale whose buy answer was lost has only OUR reference, and Klikoo
 * documents no status lookup by it. The documented ways back are the purchase callback (it names
 * both partner_reference_id and transaction_id) and the transaction detail by that transaction_id,
 * which must name our reference. An undocumented history search that finds nothing never fails the
 * sale: it goes to the operator.
 */
let t: SalesFixture;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'lost:klikoo', category: 'pulsa', name: 'Pulsa Telkomsel 10.000 (Klikoo)', price: 12_500, offers: [{ provider: 'klikoo', providerCode: 'S10', cost: 10_450 }] },
  ]);
});
afterAll(() => t.close());

const origin = () => t.sims.get('klikoo')!.baseUrl.replace(/\/klikoo-b2b$/, '');
const fault = (spec: Record<string, unknown>) => fetch(`${origin()}/__sim/faults`, { method: 'POST', body: JSON.stringify(spec) });
const clearFaults = () => fetch(`${origin()}/__sim/faults`, { method: 'DELETE' });

let seq = 0;
const key = () => {
  seq += 1;
  return { requestId: `lost-klikoo-${seq}`, customerNo: `0814${String(seq).padStart(4, '0')}1234` };
};

describe('Klikoo: a lost buy answer', () => {
  it('is settled through the transaction_id the callback names, even when the history cannot be searched', async () => {
    const k = key();
    await fault({ endpoint: 'buy', mode: 'reset', when: 'after', times: 1 });
    await fault({ endpoint: 'transactions', mode: 'http_500' });
    try {
      const sale = await t.sales.engine.start({ ...k, productId: 'lost:klikoo' });
      expect(sale.providerRef).toBeNull();
      const done = await waitSettled(t, sale.id);
      expect(done.state).toBe('success');
      expect(done.providerRef).toMatch(/^\d+$/);
    } finally {
      await clearFaults();
    }
    expect(t.f.ledger.rawBalance(depositAccount('klikoo'))).toBe(await t.simBalance('klikoo'));
    expect(verifyLedger(t.f.db)).toEqual([]);
  });

  it('a buy Klikoo never received is never failed by a search that finds nothing: the operator decides', async () => {
    const k = key();
    await fault({ endpoint: 'buy', mode: 'reset', when: 'before', times: 1 });
    const sale = await t.sales.engine.start({ ...k, productId: 'lost:klikoo' });
    const waiting = await waitSettled(t, sale.id, { orOperator: true });
    expect(waiting.state).not.toBe('failed');
    expect(waiting.needsOperator).toBe(true);
    expect(waiting.refund).toBe('none');
    // Nothing further happens on its own: it waits for the operator (or a callback).
    await vi.waitFor(() => expect(t.sales.book.get(sale.id).nextCheckAt).toBeNull());
    expect(t.sales.book.get(sale.id).state).toBe('unknown');
    expect(t.f.ledger.rawBalance(depositAccount('klikoo'))).toBe((await t.simBalance('klikoo')) - 10_450);
  });
});
