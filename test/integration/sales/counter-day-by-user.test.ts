import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openTestCore } from '../../support/core-fixture';
import { CASHIER_SESSION, OWNER_NAME, OWNER_SESSION, signInCashier } from '../../support/sessions';

/**
 * A day at the counter by two people, through the real core and the in-process simulators: a
 * cashier signs in (users:create + auth:signIn), opens the shift in her own name and sells; the
 * owner sells too. Every sale names who sold it, History filters per user, and Laporan's totals
 * per user are exactly each one's sales and add up to the day's totals.
 */
type Sale = ChannelOutput<'sales:start'>;
type Summary = ChannelOutput<'reports:summary'>;
let t: Awaited<ReturnType<typeof openTestCore>>;
let cashier: { id: number; name: string };
let ownerId: number;
const sold = { cashier: [] as Sale[], owner: [] as Sale[] };

async function callOn<T>(session: string, channel: string, input: unknown = {}): Promise<T> {
  const result = await t.core.dispatch(channel, input, session);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
const owner = <T>(channel: string, input?: unknown) => callOn<T>(OWNER_SESSION, channel, input);
const settled = (id: number) =>
  vi.waitFor(
    async () => {
      const sale = await owner<ChannelOutput<'sales:get'>>('sales:get', { id });
      if (sale.state !== 'success' && sale.state !== 'failed') throw new Error(`still ${sale.state}`);
      return sale;
    },
    { timeout: 20_000, interval: 100 },
  );

beforeAll(async () => {
  t = await openTestCore(undefined, { sandbox: 'in-process' });
  await vi.waitFor(
    async () => {
      const { providers } = await owner<ChannelOutput<'catalog:syncStatus'>>('catalog:syncStatus');
      if (providers.some((p) => p.running || p.lastSyncAt === null)) throw new Error('sync running');
    },
    { timeout: 30_000, interval: 100 },
  );
  ownerId = (await owner<ChannelOutput<'auth:status'>>('auth:status')).user!.id;
  cashier = await signInCashier(t.core, 'Rina Konter', '5678');
  await owner('ledger:recordOpeningCash', { requestId: 'byuser-cash-1', amount: '500000' });
  await callOn(CASHIER_SESSION, 'shifts:open', { requestId: 'byuser-shift-1', float: { amount: '500000' } });
  const sell = (session: string, n: number) =>
    callOn<Sale>(session, 'sales:start', { requestId: `byuser-sale-${n}`, productId: 'pulsa:telkomsel:10000', customerNo: `08123456${String(n).padStart(4, '0')}` });
  sold.cashier.push(await sell(CASHIER_SESSION, 101), await sell(CASHIER_SESSION, 102));
  sold.owner.push(await sell(OWNER_SESSION, 201));
  for (const sale of [...sold.cashier, ...sold.owner]) expect((await settled(sale.id)).state).toBe('success');
}, 90_000);
afterAll(() => t.close());

describe("a cashier's and the owner's sales in one day", () => {
  it('the shift is the cashier\'s, and each sale names its seller', async () => {
    const { current } = await owner<ChannelOutput<'shifts:current'>>('shifts:current');
    expect(current?.shift).toMatchObject({ cashier: 'Rina Konter', userId: cashier.id });
    for (const sale of sold.cashier) expect(sale.seller).toEqual({ id: cashier.id, name: 'Rina Konter' });
    expect(sold.owner[0]!.seller).toEqual({ id: ownerId, name: OWNER_NAME });
  });

  it('History filtered per user shows only theirs', async () => {
    const ids = async (userId: number) => (await owner<ChannelOutput<'sales:list'>>('sales:list', { userId })).sales.map((s) => s.id).sort();
    expect(await ids(cashier.id)).toEqual(sold.cashier.map((s) => s.id).sort());
    expect(await ids(ownerId)).toEqual(sold.owner.map((s) => s.id));
  });

  it("Laporan per user: each one's sales, adding up to the day's totals", async () => {
    const day = sold.owner[0]!.businessDay;
    const totals = async (userId?: number | null) => (await owner<Summary>('reports:summary', { from: day, to: day, ...(userId === undefined ? {} : { userId }) })).totals;
    const all = await totals();
    const ofCashier = await totals(cashier.id);
    const ofOwner = await totals(ownerId);
    const ofNobody = await totals(null);
    expect(ofCashier).toMatchObject({ count: 2, gross: sold.cashier.reduce((sum, s) => sum + s.price, 0) });
    expect(ofOwner).toMatchObject({ count: 1, gross: sold.owner[0]!.price });
    expect(ofNobody).toMatchObject({ count: 0, gross: 0 });
    for (const key of Object.keys(all) as (keyof typeof all)[]) expect(ofCashier[key] + ofOwner[key] + ofNobody[key], key).toBe(all[key]);
  });
});
