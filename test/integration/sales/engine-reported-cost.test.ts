import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../../electron/core/ledger';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * The catalogue's cost is a quote; what the provider says it charged is the truth. Here the
 * catalogue is deliberately off from each simulator's own price (MMBC TSEL10 costs 10.750 there,
 * IAK htelkomsel10000 10.300): the success posting must use the provider's amount, so the ledger's
 * deposit keeps equal to the provider's balance, and the difference is shown on the sale.
 */
let t: SalesFixture;
const MMBC_PRICE = 10_750;
const MMBC_CATALOGUE = 10_000;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'pulsa:mmbc', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'mmbc', providerCode: 'TSEL10', cost: MMBC_CATALOGUE }] },
    { productId: 'pulsa:iak', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
  ]);
});
afterAll(() => t.close());

const balance = (code: string) => t.f.ledger.rawBalance(code);

async function expectDepositAgrees(provider: 'iak' | 'mmbc'): Promise<void> {
  expect(balance(`deposit:${provider}`)).toBe(await t.simBalance(provider));
  expect(verifyLedger(t.f.db)).toEqual([]);
}

describe('the amount the provider reports', () => {
  it('MMBC: the debet of the pending answer is remembered, and the success is posted at the price MMBC charged, not the catalogue', async () => {
    const costBefore = balance('cost_of_sales');
    const sale = await t.sales.engine.start({ requestId: 'cost-mmbc', productId: 'pulsa:mmbc', customerNo: '081233338888' }); // pending, then sukses
    expect(sale).toMatchObject({ state: 'pending', reportedCost: MMBC_PRICE });
    const done = await waitSettled(t, sale.id);
    expect(done.state).toBe('success');
    expect(balance('cost_of_sales') - costBefore).toBe(MMBC_PRICE);
    expect(done.details.selisihHarga).toBe('+Rp 750 (dipotong Rp 10.750, katalog Rp 10.000)');
    expect(t.sales.book.repo.events(sale.id).at(-1)?.detail).toMatch(/selisih harga \+Rp 750/);
    await expectDepositAgrees('mmbc');
  });

  it('IAK: a cheaper charge than the catalogue is shown as a negative difference', async () => {
    const sale = await t.sales.engine.start({ requestId: 'cost-iak', productId: 'pulsa:iak', customerNo: '081233330001' });
    const done = await waitSettled(t, sale.id);
    expect(done.state).toBe('success');
    expect(done.details.selisihHarga).toBe('-Rp 500 (dipotong Rp 10.300, katalog Rp 10.800)');
    expect(done.reportedCost).toBe(10_300);
    await expectDepositAgrees('iak');
  });

  it('no difference, no note', async () => {
    t.routes.get('pulsa:mmbc')!.offers[0]!.cost = MMBC_PRICE;
    const sale = await t.sales.engine.start({ requestId: 'cost-same', productId: 'pulsa:mmbc', customerNo: '081233330002' });
    const done = await waitSettled(t, sale.id);
    expect(done.state).toBe('success');
    expect(done.details.selisihHarga).toBeUndefined();
    await expectDepositAgrees('mmbc');
  });
});
