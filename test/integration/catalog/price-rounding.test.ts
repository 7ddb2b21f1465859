import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openTestCore } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { CASHIER_SESSION, OWNER_SESSION, signInCashier } from '../../support/sessions';

/**
 * Issue 12 item 9 through the contract, on a Sandbox core: the owner's rounding rule is the owner's
 * (a cashier is refused and audited), the price the cashier's tile shows is exactly what
 * sales:start charges, and the rule survives a restart.
 */
type Products = ChannelOutput<'catalog:products'>['products'];
type Rules = ChannelOutput<'catalog:markupRules'>['rules'];

let t: Awaited<ReturnType<typeof openTestCore>>;

async function call<T>(channel: string, input: unknown = {}, session = OWNER_SESSION): Promise<T> {
  const result = await t.core.dispatch(channel, input, session);
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.code} ${result.error.message}`), { code: result.error.code });
  return result.value as T;
}

beforeAll(async () => {
  t = await openTestCore(undefined, { sandbox: 'in-process' });
  await vi.waitFor(
    async () => {
      const { providers } = await call<ChannelOutput<'catalog:syncStatus'>>('catalog:syncStatus');
      expect(providers.every((p) => !p.running && p.lastSyncAt !== null)).toBe(true);
    },
    { timeout: 30_000, interval: 100 },
  );
  await signInCashier(t.core, 'Kasir Bulat', '4826');
  await call('ledger:recordOpeningCash', { requestId: 'rounding-cash-1', amount: '1000000' });
  await call('shifts:open', { requestId: 'rounding-shift-1', cashier: 'Kasir Bulat', float: { amount: '1000000' } });
}, 60_000);
afterAll(() => t.close());

describe('rounding rule per category (owner)', () => {
  it('refuses a cashier and changes nothing', async () => {
    await expect(call('catalog:setRounding', { category: 'data', rounding: 1000 }, CASHIER_SESSION)).rejects.toMatchObject({ code: 'forbidden' });
    const rules = await call<{ rules: Rules }>('catalog:markupRules');
    expect(rules.rules.find((r) => r.category === 'data')?.rounding).toBe(0);
  });

  it('rounds the data prices up to Rp 1.000 and sales:start charges exactly the price the tile shows', async () => {
    const before = (await call<{ products: Products }>('catalog:products', { category: 'data' })).products;
    expect(before.some((p) => p.price % 1000 !== 0)).toBe(true);
    const { rules } = await call<{ rules: Rules }>('catalog:setRounding', { category: 'data', rounding: 1000 });
    expect(rules.find((r) => r.category === 'data')).toMatchObject({ markup: 2_000, rounding: 1000 });
    // The owner's change is in the audit log with the rule before and after.
    const { entries } = await call<{ entries: { outcome: string; before: string | null; after: string | null }[] }>('audit:list', { action: 'catalog:setRounding' });
    const done = entries.filter((e) => e.outcome === 'done');
    expect(done).toHaveLength(1);
    expect(JSON.parse(done[0]!.before!)).toMatchObject({ category: 'data', rounding: 0 });
    expect(JSON.parse(done[0]!.after!)).toMatchObject({ category: 'data', rounding: 1000 });
    expect(entries.filter((e) => e.outcome === 'refused')).toHaveLength(1);
    const after = (await call<{ products: Products }>('catalog:products', { category: 'data' })).products;
    for (const p of after) {
      expect(p.price % 1000).toBe(0);
      expect(p.price).toBeGreaterThanOrEqual(p.cost + 2_000);
      expect(p.price - (p.cost + 2_000)).toBeLessThan(1000);
    }
    // The tile the cashier sees (the cashier's own product list) and the sale's charge.
    const tile = (await call<{ products: Products }>('catalog:products', { category: 'data', operator: 'telkomsel' }, CASHIER_SESSION)).products.find(
      (p) => p.id === 'data:telkomsel:telkomsel-data-1gb-7-hari',
    )!;
    expect(tile).toMatchObject({ cost: 12_650, price: 15_000 }); // 12.650 + 2.000 = 14.650, up to 15.000
    const sale = await call<ChannelOutput<'sales:start'>>(
      'sales:start',
      { requestId: 'rounding-sale-1', productId: tile.id, customerNo: '081234569901' },
      CASHIER_SESSION,
    );
    expect(sale.price).toBe(tile.price);
  });

  it('keeps the rule after a restart', async () => {
    const temp = makeTempDir();
    try {
      const first = await openTestCore(temp.dir);
      await first.core.dispatch('catalog:setRounding', { category: 'pulsa', rounding: 500 }, OWNER_SESSION);
      await first.close();
      const again = await openTestCore(temp.dir);
      const result = await again.core.dispatch('catalog:markupRules', {}, OWNER_SESSION);
      await again.close();
      const rules = result.ok ? (result.value as { rules: Rules }).rules : [];
      expect(rules.find((r) => r.category === 'pulsa')?.rounding).toBe(500);
    } finally {
      temp.cleanup();
    }
  });
});
