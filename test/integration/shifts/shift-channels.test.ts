import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../electron/core/api/contract';
import { openCore } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import { channelCaller } from '../../support/core-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { CASHIER_SESSION, OWNER_SESSION, signInCashier, signInOwner } from '../../support/sessions';

/**
 * Shifts and the day close through the contract, as the screens use them, on a whole core (no
 * simulators: the refusals and the drawer need none). The clock is the test's: 08:00 WIB, 1 Dec 2026.
 */
const dir = makeTempDir();
let now = Date.UTC(2026, 11, 1, 1, 0, 0);
let core: Core;
let call: ReturnType<typeof channelCaller>;
const seen: { event: string; payload: unknown }[] = [];
beforeAll(async () => {
  core = await openCore({ dataDir: dir.dir, backupIntervalMs: 0, sandbox: {}, now: () => now, timeZone: 'Asia/Jakarta' });
  await signInOwner(core);
  await signInCashier(core, 'Sari', '2468');
  core.onEvent((event, payload) => seen.push({ event, payload }));
  call = channelCaller(core);
  await call('ledger:recordOpeningCash', { requestId: 'chan-cash-1', amount: '150.000' });
});
afterAll(async () => {
  await core.close();
  dir.cleanup();
});

const refusal = async (channel: string, input: unknown) => {
  const result = await core.dispatch(channel, input, OWNER_SESSION);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
};
const asSari = async <T>(channel: string, input: unknown): Promise<T> => {
  const result = await core.dispatch(channel, input, CASHIER_SESSION);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
};
const journal = async () => (await call<ChannelOutput<'ledger:journalForDay'>>('ledger:journalForDay', {})).entries;
const drawer = async () => (await call<ChannelOutput<'ledger:balances'>>('ledger:balances')).accounts.find((a) => a.code === 'cash_drawer')!.balance;
const shiftEvents = () => seen.filter((e) => e.event === 'shifts:changed').map((e) => e.payload);
type Report = ChannelOutput<'shifts:close'>;

describe('the counter through the contract', () => {
  it('refuses selling while the counter is closed, and writes nothing', async () => {
    const entries = (await journal()).length;
    const closed = { code: 'conflict', message: 'Kasir belum dibuka. Buka kasir dulu (masukkan uang modal di laci).' };
    expect(await refusal('sales:start', { requestId: 'chan-sale-closed-1', productId: 'pulsa:telkomsel:10000', customerNo: '081234560101' })).toEqual(closed);
    expect(await refusal('bills:pay', { requestId: 'chan-bill-closed-1', inquiryId: 1 })).toEqual(closed);
    expect((await journal()).length).toBe(entries);
    expect((await call<ChannelOutput<'sales:list'>>('sales:list', {})).sales).toEqual([]);
    expect(await call('shifts:current')).toEqual({ current: null });
  });

  it('refuses an unknown banknote, or both an amount and pieces, in Indonesian', async () => {
    expect(await refusal('shifts:open', { requestId: 'chan-open-bad-1', cashier: 'Sari', float: { denominations: { '75000': 1 } } })).toEqual({
      code: 'invalid_input',
      message: 'float.denominations.75000: Pecahan uang tidak dikenal.',
    });
    expect(await refusal('shifts:open', { requestId: 'chan-open-bad-2', cashier: 'Sari', float: { amount: '10.000', denominations: { '10000': 1 } } })).toEqual({
      code: 'invalid_input',
      message: 'float: Isi jumlah uang, atau jumlah lembar per pecahan (salah satu saja).',
    });
    expect(await call('shifts:current')).toEqual({ current: null });
  });

  it('opens with the counted float: the difference to the ledger drawer is recorded, the event announced', async () => {
    seen.length = 0;
    now += 60_000;
    const float = { denominations: { '100000': 1, '20000': 2 } };
    expect(await call('shifts:previewOpen', { float })).toEqual({ expectedCash: 150_000, countedCash: 140_000, difference: -10_000 });
    expect(await refusal('shifts:open', { requestId: 'chan-open-nocause', cashier: 'Sari', float })).toEqual({
      code: 'invalid_input',
      message: 'Uang di laci Rp 140.000, menurut catatan Rp 150.000: selisih -Rp 10.000. Pilih penyebabnya dan tulis alasannya sebelum membuka kasir.',
    });
    expect(await refusal('shifts:open', { requestId: 'chan-open-badcause', cashier: 'Sari', float, difference: { cause: 'kasir', reason: 'x' } })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Pilih penyebab selisih'),
    });
    expect(shiftEvents()).toEqual([]);
    const difference = { cause: 'owner_float', reason: 'Pemilik ambil Rp 10.000' };
    // The shift is the signed-in cashier's: opened by Sari, in her name (no name typed).
    const shift = await asSari<ChannelOutput<'shifts:open'>>('shifts:open', { requestId: 'chan-open-1', float, difference });
    expect(shift).toMatchObject({
      cashier: 'Sari',
      businessDay: '2026-12-01',
      openingFloat: 140_000,
      openingDifference: -10_000,
      openingCause: 'owner_float',
      openingReason: 'Pemilik ambil Rp 10.000',
      closedAt: null,
    });
    expect(await drawer()).toBe(140_000);
    expect(shiftEvents()).toEqual([{ shiftId: shift.id }]);
    expect(seen.some((e) => e.event === 'ledger:changed')).toBe(true);
    expect(await asSari('shifts:open', { requestId: 'chan-open-1', cashier: 'Sari', float: { amount: '140.000' }, difference })).toEqual(shift);
    expect(await refusal('shifts:open', { requestId: 'chan-open-1', cashier: 'Sari', float: { amount: 1 } })).toEqual({
      code: 'conflict',
      message: 'Permintaan ini sudah tercatat dengan isi yang berbeda; tidak dicatat ulang.',
    });
    expect(shiftEvents()).toHaveLength(1);
    expect(await refusal('shifts:open', { requestId: 'chan-open-2', cashier: 'Budi', float: { amount: 0 } })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Kasir sudah dibuka oleh Sari'),
    });
    const current = await call<ChannelOutput<'shifts:current'>>('shifts:current');
    expect(current.current).toMatchObject({ shift: { id: shift.id }, expectedCash: 140_000, totals: { successCount: 0 } });
  });

  it('with the counter open the same sale gets past the shift rule (refused only for its unknown product)', async () => {
    expect(await refusal('sales:start', { requestId: 'chan-sale-open-1', productId: 'pulsa:tidak-ada', customerNo: '081234560101' })).not.toMatchObject({
      message: expect.stringContaining('Kasir belum dibuka'),
    });
  });

  it('previews a close without writing, then refuses a difference without its reason', async () => {
    now += 3_600_000;
    const entries = (await journal()).length;
    expect(await call('shifts:previewClose', { counted: { amount: '139.500' } })).toEqual({ expectedCash: 140_000, countedCash: 139_500, difference: -500, carriedOver: [] });
    expect(await refusal('shifts:close', { requestId: 'chan-close-1', counted: { amount: '139.500' }, expectedCash: 140_000 })).toEqual({
      code: 'invalid_input',
      message: 'Uang di laci Rp 139.500, menurut catatan Rp 140.000: selisih -Rp 500. Tulis alasan selisih sebelum menutup kasir.',
    });
    expect((await journal()).length).toBe(entries);
    expect((await call<ChannelOutput<'shifts:current'>>('shifts:current')).current).not.toBeNull();
  });

  it('refuses the day close while Sari is open, then closes with the reason and answers the report', async () => {
    expect(await refusal('day:close', { requestId: 'chan-day-1', day: '2026-12-01' })).toMatchObject({ code: 'conflict', message: expect.stringContaining('kasir Sari masih buka') });
    expect(await refusal('shifts:close', { requestId: 'chan-close-stale', counted: { amount: '139.500' }, reason: 'Koin Rp 500 hilang', expectedCash: 150_000 })).toEqual({
      code: 'conflict',
      message: 'Catatan kas berubah sejak diperiksa (Rp 150.000 -> Rp 140.000). Periksa lagi.',
    });
    expect(await refusal('shifts:close', { requestId: 'chan-close-none', counted: { amount: '139.500' } })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('expectedCash') });
    seen.length = 0;
    const report = await call<Report>('shifts:close', { requestId: 'chan-close-2', counted: { amount: '139.500' }, reason: 'Koin Rp 500 hilang', expectedCash: 140_000 });
    expect(report.shift).toMatchObject({ expectedCash: 140_000, countedCash: 139_500, difference: -500, differenceReason: 'Koin Rp 500 hilang', closedAt: now });
    expect(report.cashMovements.map((m) => [m.kind, m.amount])).toEqual([
      ['shift_open_difference', -10_000],
      ['shift_close_difference', -500],
    ]);
    expect(await drawer()).toBe(139_500);
    expect(shiftEvents()).toEqual([{ shiftId: report.shift.id }]);
    expect(await call('shifts:report', { id: report.shift.id })).toEqual(report);
    expect(await call('shifts:close', { requestId: 'chan-close-2', counted: { amount: '139.500' }, reason: 'Koin Rp 500 hilang', expectedCash: 140_000 })).toEqual(report);
    expect(await refusal('sales:start', { requestId: 'chan-sale-after-1', productId: 'pulsa:telkomsel:10000', customerNo: '081234560101' })).toMatchObject({ code: 'conflict' });
  });

  it('lists the shifts of today by default and of a range, refusing a reversed one', async () => {
    const today = await call<ChannelOutput<'shifts:list'>>('shifts:list', {});
    expect(today.shifts.map((s) => s.cashier)).toEqual(['Sari']);
    expect((await call<ChannelOutput<'shifts:list'>>('shifts:list', { from: '2026-11-01', to: '2026-11-30' })).shifts).toEqual([]);
    expect(await refusal('shifts:list', { from: '2026-12-02', to: '2026-12-01' })).toMatchObject({ code: 'invalid_input' });
    expect(await refusal('shifts:report', { id: 999 })).toMatchObject({ code: 'not_found' });
  });

  it('closes the day with its recap and announces it', async () => {
    seen.length = 0;
    const recap = await call<ChannelOutput<'day:close'>>('day:close', { requestId: 'chan-day-2', day: '2026-12-01' });
    expect(recap).toMatchObject({ day: '2026-12-01', closed: true, closedAt: now, openShifts: 0, cashDifference: -500, autoExport: null });
    expect(shiftEvents()).toEqual([{ shiftId: null }]);
    expect(await call('day:status', {})).toMatchObject({ closed: true });
    expect(await call('day:status', { day: '2026-11-30' })).toMatchObject({ closed: false, shifts: [] });
    expect(await refusal('day:close', { requestId: 'chan-day-empty', day: '2026-11-30' })).toEqual({
      code: 'invalid_input',
      message: 'Tidak ada kasir maupun penjualan pada 2026-11-30: tidak ada yang ditutup.',
    });
    expect(await call('day:unclosed', {})).toEqual({ days: [] });
  });
});
