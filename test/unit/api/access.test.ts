import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessOf, channelAccess, type ChannelAccess } from '../../../electron/core/api/access';
import { channels, contract, type Channel } from '../../../electron/core/api/contract';
import { createDispatcher, type Handlers } from '../../../electron/core/api/dispatch';
import { openCore } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import { openTestCore } from '../../support/core-fixture';
import { CASHIER_SESSION, OWNER_SESSION, ownerGate, signInCashier } from '../../support/sessions';
import { makeTempDir } from '../../support/temp-dir';

const REQ = 'access-test-0001';
const DAY = '2026-11-30';
const AMOUNT = { amount: '1000' };

/**
 * A valid input for every channel whose input `{}` does not satisfy, so each call below reaches the
 * access gate (the schema is checked first). A new channel of that kind fails the "valid sample" check
 * until it gets a line here.
 */
const SAMPLES: Partial<Record<Channel, unknown>> = {
  'app:setTimeZone': { timeZone: 'Asia/Jakarta' },
  'money:previewAmount': { text: '1000' },
  'ledger:recordOpeningCash': { requestId: REQ, amount: '1000' },
  'ledger:recordDepositTopUp': { requestId: REQ, provider: 'iak', amount: '1000', source: 'cash' },
  'ledger:recordOwnerWithdrawal': { requestId: REQ, amount: '1000' },
  'ledger:reverseOwnerEntry': { requestId: REQ, entryId: 1, reason: 'salah ketik' },
  'ledger:setEntryLimit': { amount: '1000000' },
  'providers:testConnection': { provider: 'iak' },
  'providers:configure': { provider: 'iak', mode: 'sandbox' },
  'catalog:detectOperator': { phone: '081234567890' },
  'catalog:setMarkup': { category: 'pulsa', markup: '1000' },
  'catalog:setRounding': { category: 'pulsa', rounding: 100 },
  'catalog:setProductPrice': { productId: 'pulsa:xl:10000', price: null },
  'sales:start': { requestId: REQ, productId: 'pulsa:xl:10000', customerNo: '081234567890' },
  'bills:inquire': { productId: 'bill:pln', customerNo: '5300000001' },
  'bills:pay': { requestId: REQ, inquiryId: 1 },
  'pln:inquire': { meter: '12345678901' },
  'ewallet:inquire': { productId: 'ewallet:dana:10000', customerNo: '081234567890' },
  'sales:get': { id: 1 },
  'sales:checkNumber': { productId: 'pulsa:telkomsel:10000', customerNo: '081234567890' },
  'sales:checkNow': { id: 1 },
  'sales:operatorEvidence': { id: 1 },
  'sales:operatorDecision': { id: 1, decision: 'failed', note: 'cek operator' },
  'sales:resolveAlert': { id: 1, resolution: 'reversed', note: 'sudah dicek' },
  'sales:refund': { id: 1 },
  'sales:setFavourite': { customerNo: '081234567890', favourite: true },
  'receipts:preview': { saleId: 1 },
  'receipts:print': { saleId: 1 },
  'receipts:pdf': { saleId: 1 },
  'shifts:open': { requestId: REQ, float: AMOUNT },
  'shifts:previewOpen': { float: AMOUNT },
  'shifts:previewClose': { counted: AMOUNT },
  'shifts:close': { requestId: REQ, counted: AMOUNT, expectedCash: 1000 },
  'shifts:report': { id: 1 },
  'shifts:printReport': { id: 1 },
  'shifts:reportPdf': { id: 1 },
  'day:close': { requestId: REQ, day: DAY },
  'reports:summary': { from: DAY, to: DAY },
  'reports:depositMovements': { from: DAY, to: DAY },
  'reports:cashMovements': { from: DAY, to: DAY },
  'reports:charts': { day: DAY },
  'exports:start': { format: 'csv', range: { from: DAY, to: DAY } },
  'exports:status': { jobId: 'job-1' },
  'exports:cancel': { jobId: 'job-1' },
  'flights:search': { from: 'CGK', to: 'DPS', date: DAY, adult: 1 },
  'flights:price': { key: 'k', adult: 1 },
  'flights:checkPassengers': { flightDate: DAY, passengers: [], contact: {} },
  'flights:book': { requestId: REQ, key: 'k', passengers: [{ type: 'adult' }], contact: { email: '', phone: '' } },
  'flights:booking': { bookingId: 1 },
  'flights:refreshStatus': { bookingId: 1 },
  'flights:issue': { requestId: REQ, bookingId: 1, expectedPrice: 1000 },
  'flights:eticket': { bookingId: 1 },
  'flights:setPricingRule': { markupPerPassenger: '1000' },
  'setup:complete': { outlet: { name: 'Outlet', address: '', phone: '', footer: '', timeZone: 'Asia/Jakarta' }, owner: { name: 'Pemilik Lain', pin: '9999' } },
  'auth:signIn': { userId: 999, pin: '9999' },
  'auth:approveOverride': { channel: 'day:close', pin: '9999' },
  'auth:changePin': { currentPin: '9999', newPin: '8888' },
  'auth:setIdleLock': { minutes: 5 },
  'outlet:setProfile': { name: 'Outlet', address: '', phone: '', footer: '', timeZone: 'Asia/Jakarta' },
  'users:create': { name: 'Orang Baru', role: 'cashier', pin: '9999' },
  'users:update': { id: 1, active: false },
  'users:resetPin': { id: 1, pin: '9999' },
  'backups:copyTo': { name: 'loket-x.db', folder: '/tmp' },
  'backups:restore': { name: 'loket-x.db' },
};

/** A valid input for `channel` (a sample, or `{}` when that is one). */
function inputFor(channel: Channel): unknown {
  const input = SAMPLES[channel] ?? {};
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) throw new Error(`access.test.ts needs a valid sample input for ${channel}: ${parsed.error.message}`);
  return input;
}

const forbidden = (access: ChannelAccess) =>
  access.who === 'owner' && !access.approvable
    ? `Hanya pemilik yang boleh ${access.does}. Pemilik perlu masuk sendiri (Ganti pengguna).`
    : `Hanya pemilik yang boleh ${access.does}. Minta pemilik menyetujui dengan PIN pemilik.`;
const withRole = (who: ChannelAccess['who']) => channels.filter((c) => channelAccess[c].who === who);

describe('the access table (api/access.ts)', () => {
  it('declares for every channel of the contract who may call it and what it does', () => {
    const undeclared = channels.filter((c) => accessOf(c) === undefined);
    expect(undeclared).toEqual([]);
    for (const channel of channels) {
      const access = accessOf(channel)!;
      expect(['anyone', 'signedIn', 'owner'], channel).toContain(access.who);
      expect(access.does.trim().length, `${channel} says what it does`).toBeGreaterThan(0);
      if (access.who === 'owner') expect(typeof access.audited, `${channel}: audited or not`).toBe('boolean');
    }
  });

  it('dispatch refuses a channel whose entry is missing, before its handler runs', async () => {
    let ran = 0;
    const handlers = Object.fromEntries(channels.map((c) => [c, () => (ran += 1)])) as unknown as Handlers;
    const dispatch = createDispatcher(handlers, { gate: ownerGate, log: () => undefined });
    const table = channelAccess as Record<string, ChannelAccess | undefined>;
    const saved = table['day:status'];
    delete table['day:status'];
    try {
      expect(await dispatch('day:status', {}, 'test:owner')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      table['day:status'] = saved;
    }
    expect(ran).toBe(0);
  });

  it('has a valid sample input for every channel (so the sweeps below reach the gate)', () => {
    for (const channel of channels) expect(() => inputFor(channel)).not.toThrow();
  });
});

describe('roles through the real core', () => {
  let t: Awaited<ReturnType<typeof openTestCore>>;
  beforeAll(async () => {
    t = await openTestCore();
    await signInCashier(t.core, 'Kasir Akses', '5678');
  });
  afterAll(async () => {
    await t.close();
  });

  it('a signed-in cashier calling any owner channel is refused with what the channel does', async () => {
    const owners = withRole('owner');
    expect(owners.length).toBeGreaterThan(20);
    for (const channel of owners) {
      expect(await t.core.dispatch(channel, inputFor(channel), CASHIER_SESSION), channel).toEqual({
        ok: false,
        error: { code: 'forbidden', message: forbidden(channelAccess[channel]) },
      });
    }
  });

  it('a cashier calling an owner channel with bad input is refused as a cashier (and audited), not as bad input', async () => {
    const refusedLines = async () =>
      ((await t.core.dispatch('audit:list', { action: 'ledger:recordOwnerWithdrawal', outcome: 'refused' }, OWNER_SESSION)) as { ok: true; value: { entries: unknown[] } }).value.entries.length;
    const before = await refusedLines();
    for (const input of [{}, { amount: 'banyak' }, 'not an object']) {
      expect(await t.core.dispatch('ledger:recordOwnerWithdrawal', input, CASHIER_SESSION)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await refusedLines()) - before).toBe(3);
  });

  it('a cashier forcing a sale past an unresolved one needs the owner too', async () => {
    for (const channel of ['sales:start', 'bills:pay'] as const) {
      const access = channelAccess[channel];
      if (access.who !== 'signedIn' || !access.ownerWhen) throw new Error(`${channel} lost its ownerWhen`);
      const input = { ...(inputFor(channel) as object), ownerOverride: { reason: 'pelanggan menunggu' } };
      expect(await t.core.dispatch(channel, input, CASHIER_SESSION), channel).toEqual({ ok: false, error: { code: 'forbidden', message: `Hanya pemilik yang boleh ${access.ownerWhen.does}. Minta pemilik menyetujui dengan PIN pemilik.` } });
    }
  });

  it('a session nobody signed in on reaches only the first screen', async () => {
    for (const channel of channels) {
      const result = await t.core.dispatch(channel, inputFor(channel), 'test:nobody');
      if (channelAccess[channel].who === 'anyone') expect(result.ok ? 'ok' : result.error.code, channel).not.toBe('signed_out');
      else expect(result, channel).toEqual({ ok: false, error: { code: 'signed_out', message: 'Masuk dulu: pilih nama Anda dan ketik PIN.' } });
    }
  });
});

describe('before setup', () => {
  let core: Core;
  const temp = makeTempDir();
  beforeAll(async () => {
    core = await openCore({ dataDir: temp.dir, backupIntervalMs: 0, sandbox: {} });
  });
  afterAll(async () => {
    await core.close();
    temp.cleanup();
  });

  it('every channel but the first screen says the outlet must be set up first', async () => {
    for (const channel of channels) {
      if (channel === 'setup:complete') continue;
      const result = await core.dispatch(channel, inputFor(channel), 'window:1');
      const code = result.ok ? 'ok' : result.error.code;
      if (channelAccess[channel].who === 'anyone' && channel !== 'auth:signIn') expect(code, channel).not.toBe('setup_required');
      else expect(result, channel).toEqual({ ok: false, error: { code: 'setup_required', message: 'Outlet belum disiapkan. Selesaikan penyiapan dulu.' } });
    }
  });
});
