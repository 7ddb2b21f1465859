import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyLedger } from '../../../electron/core/ledger';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * An Axis product sold to a Telkomsel number is refused by the core unless the cashier confirmed
 * it; a confirmed one that a provider refuses as "wrong number / wrong operator" is not tried at
 * the next provider (a reroute once sold it at a third provider).
 */
let t: SalesFixture;
const AXIS = 'pulsa:axis:10000';
const TSEL_NUMBER = '081277880001';
beforeAll(async () => {
  t = await openSalesFixture([
    {
      productId: AXIS,
      category: 'pulsa',
      operator: 'axis',
      name: 'Pulsa Axis 10.000',
      price: 11_500,
      offers: [
        { provider: 'iak', providerCode: 'haxis10000', cost: 10_300 },
        { provider: 'mmbc', providerCode: 'AXM10', cost: 10_900 },
      ],
    },
    {
      productId: 'pulsa:by.u:10000',
      category: 'pulsa',
      operator: 'by.u',
      name: 'Pulsa by.U 10.000',
      price: 11_500,
      offers: [{ provider: 'iak', providerCode: 'hbyu10000', cost: 10_300 }],
    },
  ]);
});
afterAll(() => t.close());

const salesTo = (customerNo: string) => t.f.db.prepare('SELECT provider, state, refund FROM sale WHERE customer_no = ? ORDER BY id').all(customerNo);


describe('operator of the number against the product', () => {
  it('refuses an Axis product for a Telkomsel number, naming both, and records nothing', async () => {
    const cash = t.f.ledger.rawBalance('cash_drawer');
    const attempt = t.sales.engine.start({ requestId: 'mismatch-refused', productId: AXIS, customerNo: TSEL_NUMBER });
    await expect(attempt).rejects.toMatchObject({ code: 'operator_mismatch' });
    await expect(attempt).rejects.toThrow(/081277880001 adalah nomor Telkomsel.*Axis/);
    expect(salesTo(TSEL_NUMBER)).toEqual([]);
    expect(t.f.ledger.rawBalance('cash_drawer')).toBe(cash);
  });

  it('sells it once the cashier confirmed; the provider\'s "wrong operator" refusal is final, never rerouted', async () => {
    const mmbcSend = vi.spyOn(t.sales.engine.driver('mmbc'), 'send');
    const sale = await t.sales.engine.start({ requestId: 'mismatch-confirmed', productId: AXIS, customerNo: TSEL_NUMBER, confirmOperatorMismatch: true });
    expect(sale.details.catatan).toMatch(/Operator berbeda dikonfirmasi kasir/);
    const done = await waitSettled(t, sale.id);
    expect(done).toMatchObject({ provider: 'iak', state: 'failed', refund: 'due', reroutedFrom: null });
    expect(salesTo(TSEL_NUMBER)).toEqual([{ provider: 'iak', state: 'failed', refund: 'due' }]);
    expect(mmbcSend).not.toHaveBeenCalled();
    expect(t.f.ledger.rawBalance('customer_funds_held')).toBe(0);
    expect(verifyLedger(t.f.db)).toEqual([]);
  });

  it('needs no confirmation when the number takes the product (an Axis number; by.U on Telkomsel)', async () => {
    const axis = await t.sales.engine.start({ requestId: 'match-axis', productId: AXIS, customerNo: '083177880002' });
    expect((await waitSettled(t, axis.id)).state).toBe('success');
    const byu = await t.sales.engine.start({ requestId: 'match-byu', productId: 'pulsa:by.u:10000', customerNo: '081277880003' });
    expect(byu.details.catatan).toBeUndefined();
  });
});
