import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import type { RoutedProduct } from '../../../electron/core/sales/catalog-port';

/**
 * Issue 12 item 7 merged several providers' lines into one product. Selling it must stay as safe as
 * before: no provider dearer than the price (first pick or reroute), the repeat guard across the
 * ids the product was sold under, and a screen's request id finding the attempt that counts.
 */
const SHARED = 'data:indosat:indosat-freedom-internet-7gb-30-hari';
const OLD_IAK = 'data:iak:isatdataf7';
const merged = (price: number): RoutedProduct => ({
  productId: SHARED,
  category: 'data',
  name: 'Indosat Freedom Internet 7GB 30 Hari',
  price,
  offers: [
    { provider: 'iak', providerCode: 'isatdataf7', cost: 37_750 },
    { provider: 'mmbc', providerCode: 'IFI7', cost: 45_750 },
  ],
  sameProductIds: [SHARED, OLD_IAK, 'data:mmbc:IFI7'],
});

let s: SalesFixture;
beforeAll(async () => {
  s = await openSalesFixture([merged(47_750)]);
});
afterAll(() => s.close());

const refuseOnce = (provider: 'iak' | 'mmbc') =>
  vi.spyOn(s.sales.engine.driver(provider), 'send').mockResolvedValueOnce({ status: 'failed', code: '06', message: 'Transaksi gagal' } as never);

describe('a product merged from several providers', () => {
  it('never reroutes to a provider dearer than the price: the refusal stands and the money is owed back', async () => {
    s.routes.set(SHARED, merged(39_750));
    refuseOnce('iak');
    const mmbcSend = vi.spyOn(s.sales.engine.driver('mmbc'), 'send');
    const sale = await s.sales.engine.start({ requestId: 'merged-loss-1', productId: SHARED, customerNo: '085712340001' });
    expect(sale).toMatchObject({ provider: 'iak', state: 'failed', refund: 'due', price: 39_750 });
    expect(mmbcSend).not.toHaveBeenCalled();
    mmbcSend.mockRestore();
  });

  it('refuses with a clear reason, writing nothing, when every provider costs more than the price', async () => {
    s.routes.set(SHARED, { ...merged(30_000) });
    const before = s.sales.book.repo.byRequestId('merged-loss-2');
    await expect(s.sales.engine.start({ requestId: 'merged-loss-2', productId: SHARED, customerNo: '085712340002' })).rejects.toMatchObject({
      code: 'provider_unavailable',
      message: expect.stringContaining('di atas harga jual'),
    });
    expect(before).toBeUndefined();
    expect(s.sales.book.repo.byRequestId('merged-loss-2')).toBeUndefined();
  });

  it('finds, by the request id, the attempt a reroute delivered (not the refused first one)', async () => {
    s.routes.set(SHARED, merged(47_750));
    refuseOnce('iak');
    const sale = await s.sales.engine.start({ requestId: 'merged-reload-1', productId: SHARED, customerNo: '085712340003' });
    expect(sale.provider).toBe('mmbc');
    expect(s.sales.book.getByRequest('merged-reload-1').id).toBe(sale.id);
  });

  it('holds a press on the merged product while a sale written under an old id is still processing', async () => {
    // Written before the upgrade: the old per-provider id, still waiting for IAK.
    s.routes.set(OLD_IAK, { ...merged(47_750), productId: OLD_IAK, offers: [merged(47_750).offers[0]!], sameProductIds: [OLD_IAK] });
    vi.spyOn(s.sales.engine.driver('iak'), 'send').mockResolvedValueOnce({ status: 'pending', message: 'Transaksi sedang diproses' } as never);
    const first = await s.sales.engine.start({ requestId: 'merged-dup-1', productId: OLD_IAK, customerNo: '085712346666' });
    expect(first).toMatchObject({ productId: OLD_IAK, state: 'pending' });
    s.routes.set(OLD_IAK, merged(47_750));
    await expect(s.sales.engine.start({ requestId: 'merged-dup-2', productId: SHARED, customerNo: '085712346666' })).rejects.toMatchObject({ code: 'needs_override' });
    // And a press through the old id (a tile list loaded before the sync) meets the same guard.
    await expect(s.sales.engine.start({ requestId: 'merged-dup-3', productId: OLD_IAK, customerNo: '085712346666' })).rejects.toMatchObject({ code: 'needs_override' });
  });
});
