import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openTestCore } from '../../support/core-fixture';
import { OWNER_SESSION } from '../../support/sessions';

/** Every catalog:* channel answered through core.dispatch, on a catalogue synced from the simulators. */
type Products = ChannelOutput<'catalog:products'>['products'];
type Product = Products[number];

let t: Awaited<ReturnType<typeof openTestCore>>;
beforeAll(async () => {
  t = await openTestCore(undefined, { sandbox: 'in-process' });
  await vi.waitFor(
    async () => {
      const status = await call<ChannelOutput<'catalog:syncStatus'>>('catalog:syncStatus');
      expect(status.providers.every((p) => !p.running && p.lastSyncAt !== null)).toBe(true);
    },
    { timeout: 15_000, interval: 25 },
  );
});
afterAll(() => t.close());

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await t.core.dispatch(channel, input, OWNER_SESSION);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
async function refusal(channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await t.core.dispatch(channel, input, OWNER_SESSION);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}
const products = async (input: unknown) => (await call<{ products: Products }>('catalog:products', input)).products;

describe('catalog channels', () => {
  it('catalog:products filters by category, operator (by.U with Telkomsel) and query, hiding unavailable products', async () => {
    const tsel = await products({ category: 'pulsa', operator: 'telkomsel' });
    expect(new Set(tsel.map((p) => p.operator))).toEqual(new Set(['telkomsel', 'by.u']));
    expect(tsel.map((p) => p.nominal)).toContain(10_000);
    expect(tsel.every((p) => p.available && p.category === 'pulsa')).toBe(true);
    const tokens = await products({ query: 'token pln' });
    expect(tokens.length).toBeGreaterThan(5);
    expect(tokens.every((p) => p.category === 'pln_token' && p.id.startsWith('pln_token:pln:'))).toBe(true);
    expect(tokens.map((p) => p.nominal)).toEqual([...tokens.map((p) => p.nominal)].sort((a, b) => a! - b!));
    // Ayoconnect lists PDAM Kab. Bogor switched off, and nobody else sells it.
    const bogor = 'bill:pdam:pdamtirtakahuripankabupatenbogor';
    expect((await products({ category: 'bill', query: 'bogor' })).map((p) => p.id)).not.toContain(bogor);
    expect((await products({ category: 'bill', query: 'bogor', includeUnavailable: true })).find((p) => p.id === bogor)).toMatchObject({
      available: false,
      offers: [{ provider: 'ayoconnect', active: false }],
    });
    const bills = await products({ category: 'bill', query: 'pln pascabayar' });
    expect(bills.find((p) => p.id === 'bill:pln_postpaid')).toMatchObject({ cost: 0, price: 2_500, margin: 2_500 });
  });

  it('catalog:detectOperator names the operator from the prefix table and refuses non-digits', async () => {
    expect(await call('catalog:detectOperator', { phone: '+62 851-2345-6789' })).toEqual({ normalized: '085123456789', operator: 'telkomsel', operatorName: 'Telkomsel' });
    expect(await call('catalog:detectOperator', { phone: '0877' })).toEqual({ normalized: null, operator: 'xl', operatorName: 'XL' });
    expect(await refusal('catalog:detectOperator', { phone: '0812-abc' })).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/hanya boleh berisi angka/) });
  });

  it('catalog:markupRules and catalog:setMarkup change prices at once', async () => {
    const { rules } = await call<ChannelOutput<'catalog:markupRules'>>('catalog:markupRules');
    expect(rules).toContainEqual({ category: 'pln_token', markup: 2_500, rounding: 0 });
    const before = (await products({ query: 'token pln 20.000' })).find((p) => p.id === 'pln_token:pln:20000')!;
    const after = await call<ChannelOutput<'catalog:setMarkup'>>('catalog:setMarkup', { category: 'pln_token', markup: '3.000' });
    expect(after.rules).toContainEqual({ category: 'pln_token', markup: 3_000, rounding: 0 });
    const repriced = (await products({ query: 'token pln 20.000' })).find((p) => p.id === 'pln_token:pln:20000')!;
    expect(repriced.price).toBe(before.cost + 3_000);
    expect(await refusal('catalog:setMarkup', { category: 'voucher', markup: 1000 })).toMatchObject({ code: 'invalid_input' });
  });

  it('catalog:setProductPrice sets and removes an override, refusing one below cost in Indonesian', async () => {
    const id = 'ewallet:gopay:50000';
    const product = (await products({ category: 'ewallet', operator: 'gopay' })).find((p) => p.id === id)!;
    const set = await call<Product>('catalog:setProductPrice', { productId: id, price: product.cost + 1_000 });
    expect(set).toMatchObject({ id, price: product.cost + 1_000, margin: 1_000 });
    expect(await refusal('catalog:setProductPrice', { productId: id, price: product.cost - 1 })).toEqual({
      code: 'invalid_input',
      message: expect.stringMatching(/^Harga jual Rp [\d.]+ di bawah harga modal Rp [\d.]+ untuk GoPay 50\.000\.$/),
    });
    expect(await refusal('catalog:setProductPrice', { productId: 'pulsa:nope:1', price: 1000 })).toMatchObject({ code: 'not_found' });
    const cleared = await call<Product>('catalog:setProductPrice', { productId: id, price: null });
    expect(cleared.price).toBe(product.cost + 1_500);
  });

  it('catalog:sync starts one provider and catalog:syncStatus shows it', async () => {
    expect(await call('catalog:sync', { provider: 'iak' })).toEqual({ started: ['iak'] });
    await vi.waitFor(async () => {
      const { providers } = await call<ChannelOutput<'catalog:syncStatus'>>('catalog:syncStatus');
      expect(providers.find((p) => p.provider === 'iak')).toMatchObject({ running: false, lastError: null });
    });
    expect(await refusal('catalog:sync', { provider: 'digiflazz' })).toMatchObject({ code: 'invalid_input' });
  });
});
