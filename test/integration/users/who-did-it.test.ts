import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import type { Core } from '../../../electron/core/app/core';
import { LEDGER_FILE, openCore } from '../../../electron/core/app/open-core';
import type { SaleCatalog } from '../../../electron/core/sales/catalog-port';
import { CASHIER_SESSION, OWNER_SESSION, signInCashier, signInOwner } from '../../support/sessions';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Who did what: every row a call writes carries the signed-in user (users/call-context.ts); what
 * background work writes (the reconciler's status checks) carries NULL, shown as "Sistem".
 * IAK in Sandbox (in-process simulator), one product pinned to it: a ....6666 number stays pending
 * until resolved at the simulator, then the reconciler's own timer settles it.
 */
const pinnedToIak: SaleCatalog = {
  route: (productId) =>
    productId === 'pulsa:iak'
      ? { productId, category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] }
      : undefined,
  normaliseCustomer: (_category, input) => input.replace(/\D/g, ''),
};

const dir = makeTempDir();
let core: Core;
let ownerId: number;
let cashierId: number;
beforeAll(async () => {
  core = await openCore({ dataDir: dir.dir, backupIntervalMs: 0, saleCatalog: pinnedToIak, sales: { checkDelaysMs: [100], firstCheckWaitMs: { iak: 100 }, reconcileTickMs: 50 } });
  ownerId = (await signInOwner(core)).id;
  cashierId = (await signInCashier(core, 'Andi', '1357')).id;
});
afterAll(async () => {
  await core.close();
  dir.cleanup();
});

async function as<T>(session: string, channel: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(channel, input, session);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
function read<T>(sql: string, ...args: unknown[]): T[] {
  const db = new Database(join(dir.dir, LEDGER_FILE), { readonly: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
}
type Sale = ChannelOutput<'sales:start'>;

describe('who did what', () => {
  it("a cashier's shift, sale and the sale's entries carry the cashier; the owner's entry the owner; a background check NULL", async () => {
    await as(OWNER_SESSION, 'ledger:recordOpeningCash', { requestId: 'who-cash-1', amount: '100.000' });
    const shift = await as<{ id: number }>(CASHIER_SESSION, 'shifts:open', { requestId: 'who-shift-1', float: { amount: '100.000' } });
    const sale = await as<Sale>(CASHIER_SESSION, 'sales:start', { requestId: 'who-sale-1', productId: 'pulsa:iak', customerNo: '081234566666' });
    expect(sale.state).toBe('pending');

    // Resolved at the provider; the reconciler's timer (nobody's call) notices and settles the sale.
    const sandbox = (await as<ChannelOutput<'providers:list'>>(OWNER_SESSION, 'providers:list')).providers.find((p) => p.id === 'iak')!.baseUrl!;
    const resolved = await fetch(`${sandbox}/__sim-state/iak/resolve`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ref_id: sale.refId, status: 'success' }) });
    expect(resolved.status).toBe(200);
    await vi.waitFor(async () => expect((await as<Sale>(OWNER_SESSION, 'sales:get', { id: sale.id })).state).toBe('success'), { timeout: 15_000, interval: 100 });

    expect(read('SELECT user_id FROM shift WHERE id = ?', shift.id)).toEqual([{ user_id: cashierId }]);
    expect(read('SELECT user_id FROM sale WHERE id = ?', sale.id)).toEqual([{ user_id: cashierId }]);
    expect(read("SELECT user_id FROM journal_entry WHERE kind = 'opening_cash'")).toEqual([{ user_id: ownerId }]);
    const saleEntries = read<{ idem_key: string; user_id: number | null }>("SELECT idem_key, user_id FROM journal_entry WHERE idem_key LIKE ? ORDER BY id", `sale:${sale.id}:%`);
    expect(saleEntries[0]).toEqual({ idem_key: `sale:${sale.id}:commit`, user_id: cashierId });
    // Settled by the background check: "Sistem".
    expect(saleEntries.length).toBeGreaterThan(1);
    expect(saleEntries.slice(1).every((e) => e.user_id === null)).toBe(true);
  });

  it('closing a shift records who closed it', async () => {
    const { current } = await as<ChannelOutput<'shifts:current'>>(CASHIER_SESSION, 'shifts:current');
    await as(OWNER_SESSION, 'shifts:close', { requestId: 'who-close-1', counted: { amount: current!.expectedCash }, expectedCash: current!.expectedCash });
    expect(read('SELECT user_id, closed_by_user_id FROM shift WHERE id = ?', current!.shift.id)).toEqual([{ user_id: cashierId, closed_by_user_id: ownerId }]);
  });
});
