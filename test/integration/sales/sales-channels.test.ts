import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openTestCore } from '../../support/core-fixture';
import { OWNER_SESSION } from '../../support/sessions';

/**
 * Selling through the contract exactly as a screen does it, on a core in Sandbox mode: real
 * catalogue synced from the simulators, real routing, real engine.
 */
let t: Awaited<ReturnType<typeof openTestCore>>;
beforeAll(async () => {
  t = await openTestCore(undefined, { sandbox: 'in-process' });
  await vi.waitFor(
    async () => {
      const { providers } = await call<ChannelOutput<'catalog:syncStatus'>>('catalog:syncStatus');
      if (providers.some((p) => p.running || p.lastSyncAt === null)) throw new Error('sync running');
    },
    { timeout: 30_000, interval: 100 },
  );
  await call('ledger:recordOpeningCash', { requestId: 'channels-cash-1', amount: '1000000' });
  // Selling needs an open counter: the cashier counts the float the owner just put in.
  await call('shifts:open', { requestId: 'channels-shift-1', cashier: 'Kasir Tes', float: { amount: '1000000' } });
}, 60_000);
afterAll(() => t.close());

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await t.core.dispatch(channel, input, OWNER_SESSION);
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message}`), { code: result.error.code });
  return result.value as T;
}
type Sale = ChannelOutput<'sales:start'>;
const settled = (id: number) =>
  vi.waitFor(
    async () => {
      const sale = await call<ChannelOutput<'sales:get'>>('sales:get', { id });
      if (sale.state !== 'success' && sale.state !== 'failed') throw new Error(`still ${sale.state}`);
      return sale;
    },
    { timeout: 20_000, interval: 100 },
  );

describe('selling through the contract', () => {
  it('sells pulsa Telkomsel 10.000 through the cheapest provider and finds it in history', async () => {
    const sale = await call<Sale>('sales:start', { requestId: 'channels-sale-1', productId: 'pulsa:telkomsel:10000', customerNo: '+62 812-3456-0101' });
    expect(sale.customerNo).toBe('081234560101');
    const done = await settled(sale.id);
    expect(done.state).toBe('success');
    expect(done.events.map((e) => e.to)).toEqual(expect.arrayContaining(['committed', 'sent', 'success']));
    const { sales } = await call<{ sales: Sale[] }>('sales:list', { query: '0101' });
    expect(sales.map((s) => s.id)).toContain(sale.id);
    const { balances } = await call<ChannelOutput<'providers:balances'>>('providers:balances');
    const used = balances.find((b) => b.provider === sale.provider)!;
    expect(used.difference).toBe(0);
  });

  it('finds a sale by the request id the screen sent it with (a screen reloaded mid-sale finds it again)', async () => {
    const sale = await call<Sale>('sales:start', { requestId: 'channels-by-request-1', productId: 'pulsa:telkomsel:10000', customerNo: '081234560102' });
    const found = await call<ChannelOutput<'sales:get'>>('sales:get', { requestId: 'channels-by-request-1' });
    expect(found).toMatchObject({ id: sale.id, refId: sale.refId });
    const missing = await t.core.dispatch('sales:get', { requestId: 'channels-by-request-never-sent' }, OWNER_SESSION);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const both = await t.core.dispatch('sales:get', { id: sale.id, requestId: 'channels-by-request-1' }, OWNER_SESSION);
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('inquires a PLN meter (IAK test meter) and refuses a malformed one', async () => {
    const meter = await call<ChannelOutput<'pln:inquire'>>('pln:inquire', { meter: '12345678901' });
    expect(meter.name.length).toBeGreaterThan(0);
    await expect(call('pln:inquire', { meter: '12ab' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('names the e-wallet account holder where the provider tells it', async () => {
    const { products } = await call<ChannelOutput<'catalog:products'>>('catalog:products', { category: 'ewallet', operator: 'gopay' });
    const product = products.find((p) => p.offers.some((o) => o.provider === 'klikoo'));
    expect(product).toBeDefined();
    const answer = await call<ChannelOutput<'ewallet:inquire'>>('ewallet:inquire', { productId: product!.id, customerNo: '081234560202' });
    expect(answer.customerName).toBeTruthy();
  });

  it('pays a postpaid HP bill: inquiry shows the bill, payment charges exactly the inquiry', async () => {
    const { products } = await call<ChannelOutput<'catalog:products'>>('catalog:products', { category: 'bill', query: 'Tri' });
    const product = products.find((p) => p.offers.some((o) => o.provider === 'iak' && o.providerCode === 'HPTHREE'));
    expect(product).toBeDefined();
    const bill = await call<ChannelOutput<'bills:inquire'>>('bills:inquire', { productId: product!.id, customerNo: '08991230000' });
    expect(bill.customerName).toBeTruthy();
    expect(bill.periods.length).toBeGreaterThan(0);
    const sale = await call<Sale>('bills:pay', { requestId: 'channels-bill-1', inquiryId: bill.inquiryId });
    expect(sale.price).toBe(bill.details.bayar);
    expect((await settled(sale.id)).state).toBe('success');
  });

  it('an 8-month IAK PLN bill ("first,last" in period) is inquired as 8 lines, one per month', async () => {
    const { products } = await call<ChannelOutput<'catalog:products'>>('catalog:products', { category: 'bill', query: 'PLN Pascabayar' });
    const product = products.find((p) => p.offers.some((o) => o.provider === 'iak' && o.providerCode === 'PLNPOSTPAID'));
    expect(product).toBeDefined();
    const bill = await call<ChannelOutput<'bills:inquire'>>('bills:inquire', { productId: product!.id, customerNo: '530000000999' });
    expect(bill.periods.map((p) => p.period)).toHaveLength(8);
    expect(bill.periods.every((p) => /^\d{6}$/.test(p.period))).toBe(true);
    expect(bill.periods.reduce((sum, p) => sum + p.amount + p.penalty, 0)).toBe(bill.bill);
    expect(bill.details.jumlahBulan).toBe(8);
  });

  it('keeps the Pending panel to in-flight sales and refunds due', async () => {
    const sale = await call<Sale>('sales:start', { requestId: 'channels-sale-fail', productId: 'pulsa:telkomsel:10000', customerNo: '081234569999' });
    const done = await settled(sale.id);
    expect(done).toMatchObject({ state: 'failed', refund: 'due' });
    const open = await call<{ sales: Sale[] }>('sales:open');
    expect(open.sales.map((s) => s.id)).toContain(sale.id);
    // Refund money leaves the drawer: refused while the counter is closed, like a sale, paying nothing.
    const { expectedCash } = await call<ChannelOutput<'shifts:previewClose'>>('shifts:previewClose', { counted: { amount: 0 } });
    await call('shifts:close', { requestId: 'channels-shift-1-close', counted: { amount: expectedCash }, expectedCash });
    const refused = await t.core.dispatch('sales:refund', { id: sale.id }, OWNER_SESSION);
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: 'Kasir belum dibuka. Buka kasir dulu (masukkan uang modal di laci).' } });
    expect(await call<Sale>('sales:get', { id: sale.id })).toMatchObject({ refund: 'due' });
    await call('shifts:open', { requestId: 'channels-shift-2', cashier: 'Kasir Tes', float: { amount: expectedCash } });
    await call('sales:refund', { id: sale.id });
    expect((await call<{ sales: Sale[] }>('sales:open')).sales.map((s) => s.id)).not.toContain(sale.id);
  });

  it('expires an unpaid bill inquiry when its provider switches mode: it is paid at the endpoint that answered it or not at all', async () => {
    const { products } = await call<ChannelOutput<'catalog:products'>>('catalog:products', { category: 'bill', query: 'Tri' });
    const product = products.find((p) => p.offers.some((o) => o.provider === 'iak' && o.providerCode === 'HPTHREE'))!;
    const bill = await call<ChannelOutput<'bills:inquire'>>('bills:inquire', { productId: product.id, customerNo: '08991230000' });
    const provider = bill.provider;
    const salesBefore = (await call<{ sales: Sale[] }>('sales:list', { query: '08991230000' })).sales.length;
    const fields = (await call<ChannelOutput<'providers:list'>>('providers:list')).providers.find((p) => p.id === provider)!.credentialFields;
    // Every secret filled in (nothing is sent: the live address is a closed port on this computer).
    const credentials = Object.fromEntries(fields.filter((f) => !/url/i.test(f.name)).map((f) => [f.name, `x-${f.name}`]));
    const live = await t.core.dispatch('providers:configure', { provider, mode: 'live', liveBaseUrl: 'http://127.0.0.1:9/live', credentials }, OWNER_SESSION);
    expect(live, JSON.stringify(live)).toMatchObject({ ok: true });
    try {
      await expect(call('bills:pay', { requestId: 'channels-bill-switched', inquiryId: bill.inquiryId })).rejects.toMatchObject({ code: 'inquiry_expired' });
    } finally {
      await call('providers:configure', { provider, mode: 'sandbox' });
    }
    expect((await call<{ sales: Sale[] }>('sales:list', { query: '08991230000' })).sales.length, 'nothing was recorded').toBe(salesBefore);
  });
});
