import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesHandlers } from '../../../electron/core/api/handlers/sales-handlers';
import { cashMovements, depositMovements } from '../../../electron/core/reports';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';
import { OWNER_CALL } from '../../support/sessions';

/**
 * Mutasi deposit after real sales against the simulators: each entry on IAK's deposit with the
 * balance before and after, ending at the ledger's balance; every successful balance read through
 * providers:balances is kept and shown beside the ledger's deposit at that moment.
 */
let t: SalesFixture;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'pulsa:iak', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
  ]);
});
afterAll(() => t.close());

const balances = () =>
  salesHandlers({
    sales: t.sales,
    ledger: t.f.ledger,
    providerIds: ['iak', 'mmbc'],
    detectOperator: () => null,
    plnInquire: () => Promise.reject(new Error('unused')),
    ewalletInquire: () => Promise.reject(new Error('unused')),
    providerBalance: (id) => t.providers.balance(id),
  })['providers:balances']({}, OWNER_CALL);

describe('deposit movements after real sales', () => {
  it("chains each IAK entry's balance before and after up to the ledger's balance, with IAK's own readings beside it", async () => {
    const first = await balances();
    for (const customerNo of ['081266660001', '081266669999']) {
      const sale = await t.sales.engine.start({ requestId: `mutasi-${customerNo}`, productId: 'pulsa:iak', customerNo });
      await waitSettled(t, sale.id);
    }
    const second = await balances();
    const day = t.f.ledger.businessDay();
    const iak = depositMovements(t.f.ledger, { from: day, to: day }).providers.find((p) => p.provider === 'iak')!;

    expect(iak.movements.length).toBeGreaterThanOrEqual(5); // seed deposit, two commits, a settle with the price difference, a release
    let balance = iak.openingBalance;
    for (const movement of iak.movements) {
      expect(movement.balanceBefore).toBe(balance);
      expect(movement.balanceAfter).toBe(balance + movement.amount);
      balance = movement.balanceAfter;
    }
    expect(iak.closingBalance).toBe(t.f.ledger.rawBalance('deposit:iak'));
    expect(iak.closingBalance).toBe(await t.simBalance('iak'));

    const read = (answer: typeof first) => answer.balances.find((b) => b.provider === 'iak')!;
    expect(iak.reportedBalances).toEqual(
      [first, second].map((answer) => ({ at: read(answer).checkedAt, reported: read(answer).reportedBalance, ledger: read(answer).ledgerBalance, difference: read(answer).difference })),
    );
    // Readings are kept per provider: MMBC's own reads show under MMBC, not IAK.
    expect(depositMovements(t.f.ledger, { from: day, to: day }).providers.find((p) => p.provider === 'mmbc')!.reportedBalances).toHaveLength(2);
  });

  it('the drawer took both sales and shows no refund paid yet', () => {
    const day = t.f.ledger.businessDay();
    const cash = cashMovements(t.f.ledger, { from: day, to: day });
    expect(cash.movements.map((m) => m.amount)).toEqual([12_000, 12_000]);
    expect(cash.closingBalance).toBe(t.f.ledger.rawBalance('cash_drawer'));
  });
});
