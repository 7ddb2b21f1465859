import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../../electron/core/api/contract';
import { OWNER_SESSION, signInOwner } from '../../support/sessions';
import type { BackupList } from './backup-support';
import { openIakOutlet, type Sale } from './iak-outlet';

/**
 * A sale not yet final (committed, sent, pending, unknown) is watched by the reconciler of the books
 * it is in. A restore would leave it only in the kept-aside file, which nothing reconciles: a later
 * success at the provider would be lost. So a restore is refused, changing nothing, while the
 * current books hold one; once it is settled the restore goes through.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('backups:restore and unresolved sales', () => {
  it('is refused while a sale waits for its result, changing nothing; works once the sale is settled', async () => {
    const t = await openIakOutlet();
    cleanups.push(() => t.close());
    const events: EventName[] = [];
    t.core.onEvent((event) => events.push(event));
    const made = await t.as<{ name: string }>(OWNER_SESSION, 'backups:create', {});
    await t.as(OWNER_SESSION, 'ledger:recordOpeningCash', { requestId: 'open-sales-cash-1', amount: '100.000' });
    await t.as(OWNER_SESSION, 'shifts:open', { requestId: 'open-sales-shift-1', float: { amount: '100.000' } });
    const sale = await t.as<Sale>(OWNER_SESSION, 'sales:start', { requestId: 'open-sales-sale-1', productId: 'pulsa:iak', customerNo: '081234566666' });
    expect(sale.state).toBe('pending');
    const balances = await t.as(OWNER_SESSION, 'ledger:balances', {});
    const backups = (await t.as<BackupList>(OWNER_SESSION, 'backups:list', {})).backups.map((b) => b.name);
    const files = readdirSync(t.dir).sort();
    const sales = await t.as(OWNER_SESSION, 'sales:list', {});

    expect(await t.core.dispatch('backups:restore', { name: made.name }, OWNER_SESSION)).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Masih ada 1 transaksi yang belum selesai. Tunggu hasilnya atau selesaikan di panel Tertunda (F8) sebelum memulihkan cadangan.',
      },
    });
    // Nothing changed: the same files (nothing staged left behind), no re-open (the owner is still signed
    // in), the same books, no file kept aside, the sale still watched.
    expect(readdirSync(t.dir).sort()).toEqual(files);
    expect(events).not.toContain('app:reopened');
    expect(await t.as(OWNER_SESSION, 'ledger:balances', {})).toEqual(balances);
    expect(await t.as(OWNER_SESSION, 'sales:list', {})).toEqual(sales);
    expect((await t.as<BackupList>(OWNER_SESSION, 'backups:list', {})).backups.map((b) => b.name)).toEqual(backups);
    expect((await t.as<Sale>(OWNER_SESSION, 'sales:get', { id: sale.id })).state).toBe('pending');

    await t.resolveAtProvider(OWNER_SESSION, sale.refId);
    await vi.waitFor(async () => expect((await t.as<Sale>(OWNER_SESSION, 'sales:get', { id: sale.id })).state).toBe('success'), { timeout: 15_000, interval: 100 });
    await t.as(OWNER_SESSION, 'backups:restore', { name: made.name });
    expect(events).toContain('app:reopened');
    await signInOwner(t.core);
    expect(await t.as<{ sales: Sale[] }>(OWNER_SESSION, 'sales:list', {})).toMatchObject({ sales: [] });
  }, 30_000);
});
