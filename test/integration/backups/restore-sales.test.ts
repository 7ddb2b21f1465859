import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openTestCore } from '../../support/core-fixture';
import { signInOwner } from '../../support/sessions';
import { mustCall, ownerCall } from './backup-support';

/**
 * The round trip the owner cares about, on a core in Sandbox mode selling through the contract: the
 * sale history after restoring a backup is exactly the history at the time of the backup; the sale
 * made after it is only in the file kept aside.
 */
let t: Awaited<ReturnType<typeof openTestCore>>;
let must: ReturnType<typeof mustCall>;

beforeAll(async () => {
  t = await openTestCore(undefined, { sandbox: 'in-process' });
  must = mustCall(t.core);
  await vi.waitFor(
    async () => {
      const { providers } = await must<ChannelOutput<'catalog:syncStatus'>>('catalog:syncStatus');
      if (providers.some((p) => p.running || p.lastSyncAt === null)) throw new Error('sync running');
    },
    { timeout: 30_000, interval: 100 },
  );
  await must('ledger:recordOpeningCash', { requestId: 'restore-sales-cash', amount: '1000000' });
  await must('shifts:open', { requestId: 'restore-sales-shift', cashier: 'Kasir Tes', float: { amount: '1000000' } });
}, 60_000);
afterAll(() => t.close());

type Sale = ChannelOutput<'sales:start'>;
async function sell(n: number, customerNo: string): Promise<Sale> {
  const sale = await must<Sale>('sales:start', { requestId: `restore-sales-${n}`, productId: 'pulsa:telkomsel:10000', customerNo });
  return vi.waitFor(
    async () => {
      const now = await must<Sale>('sales:get', { id: sale.id });
      if (now.state !== 'success') throw new Error(`still ${now.state}`);
      return now;
    },
    { timeout: 20_000, interval: 100 },
  );
}
const history = async () => (await must<{ sales: Sale[] }>('sales:list', {})).sales.map((s) => [s.refId, s.customerNo, s.state, s.price]);

describe('restore and the sale history', () => {
  it('after a restore the history is the one at backup time', async () => {
    await sell(1, '081234567201');
    const atBackup = await history();
    const made = await must<{ name: string }>('backups:create', {});
    await sell(2, '081234567202');
    expect(await history()).toHaveLength(atBackup.length + 1);

    await must('backups:restore', { name: made.name });
    expect(await ownerCall(t.core)('sales:list', {})).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    await signInOwner(t.core);
    expect(await history()).toEqual(atBackup);
  }, 60_000);
});
