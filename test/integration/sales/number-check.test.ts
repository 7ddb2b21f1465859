import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openTestCore } from '../../support/core-fixture';
import { OWNER_SESSION } from '../../support/sessions';

/**
 * Item 12.5: the screen checks the number before its confirmation with sales:checkNumber, the very
 * rule sales:start applies, so a number with letters or 30 digits is refused before "Ya, jual"
 * with the same sentence the sale would give, and nothing is sold or recorded by the check.
 * Item 12.15: recent numbers per category (PLN meters, e-wallet accounts, phones).
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
  await call('ledger:recordOpeningCash', { requestId: 'numcheck-cash-1', amount: '1000000' });
  await call('shifts:open', { requestId: 'numcheck-shift-1', cashier: 'Kasir Tes', float: { amount: '1000000' } });
}, 60_000);
afterAll(() => t.close());

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await t.core.dispatch(channel, input, OWNER_SESSION);
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message}`), { code: result.error.code });
  return result.value as T;
}
const refusal = (channel: string, input: unknown) => t.core.dispatch(channel, input, OWNER_SESSION);
const settled = (id: number) =>
  vi.waitFor(
    async () => {
      const sale = await call<ChannelOutput<'sales:get'>>('sales:get', { id });
      if (sale.state !== 'success' && sale.state !== 'failed') throw new Error(`still ${sale.state}`);
      return sale;
    },
    { timeout: 20_000, interval: 100 },
  );

describe('sales:checkNumber', () => {
  it.each([
    ['pulsa:telkomsel:10000', '0812abc45678'],
    ['pulsa:telkomsel:10000', '1'.repeat(30)],
    ['pln_token:pln:20000', '1234567'],
    ['pln_token:pln:20000', '12345678901x'],
  ])('refuses %s for %j exactly as sales:start would, and sells nothing', async (productId, customerNo) => {
    const before = (await call<ChannelOutput<'sales:list'>>('sales:list', {})).sales.length;
    const checked = await refusal('sales:checkNumber', { productId, customerNo });
    const started = await refusal('sales:start', { requestId: `numcheck-${productId.length}-${customerNo.length}-${customerNo.slice(-1)}`, productId, customerNo });
    expect(checked.ok).toBe(false);
    expect(checked).toEqual(started);
    expect(checked).toMatchObject({ error: { code: 'invalid_input' } });
    expect((await call<ChannelOutput<'sales:list'>>('sales:list', {})).sales).toHaveLength(before);
  });

  it('answers the number in the form the sale will use', async () => {
    expect(await call('sales:checkNumber', { productId: 'pulsa:telkomsel:10000', customerNo: '+62 812-3456-0901' })).toEqual({ customerNo: '081234560901' });
    expect(await call('sales:checkNumber', { productId: 'pln_token:pln:20000', customerNo: '1234 5678 901' })).toEqual({ customerNo: '12345678901' });
    await expect(call('sales:checkNumber', { productId: 'pulsa:nope:1', customerNo: '081234560901' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('sales:recentNumbers per category', () => {
  it('lists meters for PLN, accounts for e-wallets, phones for pulsa and data', async () => {
    const phone = await call<ChannelOutput<'sales:start'>>('sales:start', { requestId: 'numcheck-recent-pulsa', productId: 'pulsa:telkomsel:10000', customerNo: '081234560911' });
    const meter = await call<ChannelOutput<'sales:start'>>('sales:start', { requestId: 'numcheck-recent-pln', productId: 'pln_token:pln:20000', customerNo: '12345678901' });
    await settled(phone.id);
    await settled(meter.id);
    const list = async (category?: string) =>
      (await call<ChannelOutput<'sales:recentNumbers'>>('sales:recentNumbers', { limit: 50, ...(category ? { category } : {}) })).numbers.map((n) => n.customerNo);
    expect(await list('pln_token')).toEqual(['12345678901']);
    expect(await list('pulsa')).toContain('081234560911');
    expect(await list('pulsa')).not.toContain('12345678901');
    expect(await list('data')).toContain('081234560911');
    expect(await list('ewallet')).not.toContain('081234560911');
    expect(await list()).toContain('081234560911');
  });
});
