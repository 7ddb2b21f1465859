import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import type { Core } from '../../../electron/core/app/core';
import { openCore } from '../../../electron/core/app/open-core';
import { verifyLedger, openLedger } from '../../../electron/core/ledger';
import { iakAdapter } from '../../../electron/core/providers/registry/iak-adapter';
import { SANDBOX_OPENING_DEPOSIT } from '../../../electron/core/providers/sandbox/sandbox-deposits';
import type { SaleCatalog } from '../../../electron/core/sales/catalog-port';
import { join } from 'node:path';
import { makeTempDir } from '../../support/temp-dir';
import { OWNER_SESSION, signInOwner } from '../../support/sessions';

/**
 * Issue 7 item 5: an open sale is checked through the mode, address and credentials it was sent
 * with, and its money is held in that mode's deposit. Switching Sandbox <-> Live, or moving the
 * live address or credentials, while a sale of that provider is open is refused with a message that
 * says how many; once the sale settles the switch goes through and the deposits come out right.
 */
const COST = 10_800;
const PRICE = 12_000;
const pinnedToIak: SaleCatalog = {
  route: (productId) =>
    productId === 'pulsa:iak'
      ? { productId, category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: PRICE, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: COST }] }
      : undefined,
  normaliseCustomer: (_category, input) => input.replace(/\D/g, ''),
};

const dir = makeTempDir();
let core: Core;
let live: Awaited<ReturnType<typeof iakAdapter.startSimulator>>;
beforeAll(async () => {
  core = await openCore({
    dataDir: dir.dir,
    backupIntervalMs: 0,
    saleCatalog: pinnedToIak,
    sales: { checkDelaysMs: [60_000], reconcileTickMs: 60_000 },
  });
  await signInOwner(core);
  live = await iakAdapter.startSimulator({ initialBalance: 2_000_000 as never });
  await call('ledger:recordOpeningCash', { requestId: 'switch-cash-1', amount: '500.000' });
  await call('shifts:open', { requestId: 'switch-shift-1', cashier: 'Kasir Tes', float: { amount: '500.000' } });
});
afterAll(async () => {
  await core.close();
  await live.close();
  dir.cleanup();
});

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(channel, input, OWNER_SESSION);
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message}`), { code: result.error.code });
  return result.value as T;
}
async function refusal(channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await core.dispatch(channel, input, OWNER_SESSION);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}
type Sale = ChannelOutput<'sales:start'>;
type Status = ChannelOutput<'providers:configure'>;
const balanceOf = async (code: string) =>
  (await call<ChannelOutput<'ledger:balances'>>('ledger:balances')).accounts.find((a) => a.code === code)!.balance;
const mode = async () => (await call<ChannelOutput<'providers:list'>>('providers:list')).providers.find((p) => p.id === 'iak')!;
/** What the training deposit held when the provider went live (the simulator said the same). */
let trainingLeft = 0;
const liveSettings = () => ({ provider: 'iak', mode: 'live', liveBaseUrl: live.baseUrl, credentials: { ...live.credentials } });

/** A ....6666 number stays pending at the IAK simulator until resolved by hand; then "cek sekarang" settles it. */
async function sellPending(customerNo: string): Promise<Sale> {
  const sale = await call<Sale>('sales:start', { requestId: `switch-sale-${customerNo}`, productId: 'pulsa:iak', customerNo });
  expect(sale.state).toBe('pending');
  return sale;
}
async function settleAt(baseUrl: string, sale: Sale): Promise<void> {
  const response = await fetch(`${baseUrl}/__sim-state/iak/resolve`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ref_id: sale.refId, status: 'success' }),
  });
  expect(response.status).toBe(200);
  await vi.waitFor(async () => expect((await call<Sale>('sales:checkNow', { id: sale.id })).state).toBe('success'), { timeout: 10_000, interval: 100 });
}

describe('switching a provider with open sales', () => {
  it('refuses Sandbox -> Live while a training sale is pending, then switches once it settled, closing out exactly what training left', async () => {
    const sandboxUrl = (await mode()).baseUrl!;
    const sale = await sellPending('081234566666');
    const error = await refusal('providers:configure', liveSettings());
    expect(error).toEqual({ code: 'conflict', message: expect.stringMatching(/IAK masih punya 1 transaksi yang belum selesai.*panel Tertunda.*Sandbox dan Live/) });
    expect((await mode()).mode).toBe('sandbox');
    expect(await balanceOf('deposit_held')).toBe(COST); // the training hold stays in training

    await settleAt(sandboxUrl, sale);
    expect(await balanceOf('deposit_held')).toBe(0);
    trainingLeft = await balanceOf('deposit:iak');
    expect(trainingLeft).toBeLessThan(SANDBOX_OPENING_DEPOSIT);
    expect(await call('providers:testConnection', { provider: 'iak' })).toMatchObject({ ok: true, balance: trainingLeft });
    const status = await call<Status>('providers:configure', liveSettings());
    expect(status.mode).toBe('live');
    expect(await balanceOf('deposit:iak')).toBe(0); // training left the books: none of it is in the live deposit
    const { entries } = await call<ChannelOutput<'ledger:journalForDay'>>('ledger:journalForDay');
    const closeOut = entries.find((e) => e.kind === 'sandbox_deposit_closeout')!;
    expect(closeOut.postings.find((p) => p.account === 'deposit:iak')!.amount).toBe(-trainingLeft);
  });

  it('refuses to move the live address or credentials, or go back to Sandbox, while a live sale is open', async () => {
    await call('ledger:recordDepositTopUp', { requestId: 'switch-topup-1', provider: 'iak', amount: '1.000.000', source: 'bank' });
    const sale = await sellPending('081234576666');
    expect(await refusal('providers:configure', { provider: 'iak', mode: 'live', liveBaseUrl: 'https://api.iak.example.co.id' })).toEqual({
      code: 'conflict',
      message: expect.stringMatching(/IAK masih punya 1 transaksi yang belum selesai di mode Live.*alamat API atau kredensial Live/),
    });
    expect(await refusal('providers:configure', { provider: 'iak', mode: 'live', credentials: { apiKey: 'another-key-0001' } })).toMatchObject({ code: 'conflict' });
    expect(await refusal('providers:configure', { provider: 'iak', mode: 'sandbox' })).toMatchObject({ code: 'conflict' });
    // Saving the same settings again changes nothing and is let through.
    expect((await call<Status>('providers:configure', liveSettings())).liveBaseUrl).toBe(live.baseUrl.replace(/\/+$/, ''));
    expect(await balanceOf('deposit_held')).toBe(COST); // the live hold never went into training

    await settleAt(live.baseUrl, sale);
    const liveLeft = await balanceOf('deposit:iak');
    expect(liveLeft).toBeLessThan(1_000_000);
    expect((await call<Status>('providers:configure', { provider: 'iak', mode: 'sandbox' })).mode).toBe('sandbox');
    // Back in Sandbox: exactly the training money, the same at the simulator; the live deposit is parked whole.
    expect(await balanceOf('deposit:iak')).toBe(trainingLeft);
    expect(await call('providers:testConnection', { provider: 'iak' })).toMatchObject({ ok: true, balance: trainingLeft });
    const { entries } = await call<ChannelOutput<'ledger:journalForDay'>>('ledger:journalForDay');
    const park = entries.filter((e) => e.kind === 'live_deposit_parked').at(-1)!;
    expect(park.postings.find((p) => p.account === 'deposit:iak')!.amount).toBe(-liveLeft);
    expect(await balanceOf('deposit_held')).toBe(0);
    const db = await openLedger({ file: join(dir.dir, 'loket.db'), backupDir: join(dir.dir, 'backups') });
    expect(verifyLedger(db)).toEqual([]);
    db.close();
  });
});
