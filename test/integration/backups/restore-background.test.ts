import { afterEach, describe, expect, it, vi } from 'vitest';
import { OWNER_SESSION, signInOwner } from '../../support/sessions';
import { backupFile, editLedgerFile } from './backup-support';
import { openIakOutlet, type Sale } from './iak-outlet';

/**
 * The core a restore re-opens runs its background work (reconciler, start-up recovery, booking sync,
 * callbacks) as nobody, not as the owner whose call asked for the restore: what it writes carries
 * NULL ("Sistem"). The restoring owner may not even exist in the restored books (added after the
 * backup): their id must not reach a single INSERT there.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const BUDI = 'test:budi';
async function outletWithSecondOwner() {
  const t = await openIakOutlet();
  cleanups.push(() => t.close());
  return t;
}
async function addBudi(t: Awaited<ReturnType<typeof openIakOutlet>>): Promise<number> {
  const budi = await t.as<{ id: number }>(OWNER_SESSION, 'users:create', { name: 'Budi', role: 'owner', pin: '9999' });
  await t.as(BUDI, 'auth:signIn', { userId: budi.id, pin: '9999' });
  return budi.id;
}

describe('the re-opened core works as nobody', () => {
  it('restored by an owner who is not in the backup: a later sale is settled in the background, stamped NULL', async () => {
    const t = await outletWithSecondOwner();
    const made = await t.as<{ name: string }>(OWNER_SESSION, 'backups:create', {});
    const budiId = await addBudi(t);
    await t.as(BUDI, 'backups:restore', { name: made.name });
    expect(t.read('SELECT id FROM app_user WHERE id = ?', budiId)).toEqual([]);

    await signInOwner(t.core);
    await t.as(OWNER_SESSION, 'ledger:recordOpeningCash', { requestId: 'bg-cash-1', amount: '100.000' });
    await t.as(OWNER_SESSION, 'shifts:open', { requestId: 'bg-shift-1', float: { amount: '100.000' } });
    const sale = await t.as<Sale>(OWNER_SESSION, 'sales:start', { requestId: 'bg-sale-1', productId: 'pulsa:iak', customerNo: '081234566666' });
    expect(sale.state).toBe('pending');
    await t.resolveAtProvider(OWNER_SESSION, sale.refId);
    await vi.waitFor(async () => expect((await t.as<Sale>(OWNER_SESSION, 'sales:get', { id: sale.id })).state).toBe('success'), { timeout: 15_000, interval: 100 });

    const settled = t.entriesAfterCommit(sale.id);
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.every((e) => e.user_id === null), JSON.stringify(settled)).toBe(true);
  }, 30_000);

  it("a backup holding a sale in 'committed' is restored by that owner; recovery's entries are NULL", async () => {
    const t = await outletWithSecondOwner();
    await t.as(OWNER_SESSION, 'ledger:recordOpeningCash', { requestId: 'bg-cash-2', amount: '100.000' });
    await t.as(OWNER_SESSION, 'shifts:open', { requestId: 'bg-shift-2', float: { amount: '100.000' } });
    const sale = await t.as<Sale>(OWNER_SESSION, 'sales:start', { requestId: 'bg-sale-2', productId: 'pulsa:iak', customerNo: '081234566666' });
    const made = await t.as<{ name: string }>(OWNER_SESSION, 'backups:create', {});
    // As a scheduled backup taken between the sale's commit and its send would hold it.
    editLedgerFile(backupFile(t.dir, made.name), (db) => db.prepare("UPDATE sale SET state = 'committed', sent_at = NULL WHERE id = ?").run(sale.id));
    // The current books must hold no unresolved sale for a restore: the provider settles this one.
    await t.resolveAtProvider(OWNER_SESSION, sale.refId);
    await vi.waitFor(async () => expect((await t.as<Sale>(OWNER_SESSION, 'sales:get', { id: sale.id })).state).toBe('success'), { timeout: 15_000, interval: 100 });
    await addBudi(t);

    const restored = await t.core.dispatch('backups:restore', { name: made.name }, BUDI);
    expect(restored).toMatchObject({ ok: true });
    const recovered = t.entriesAfterCommit(sale.id);
    expect(recovered.length).toBeGreaterThan(0);
    expect(recovered.every((e) => e.user_id === null), JSON.stringify(recovered)).toBe(true);
  }, 30_000);
});
