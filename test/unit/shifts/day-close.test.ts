import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDay, dayRecap, unclosedDays } from '../../../electron/core/shifts/day-close';
import { openShiftFixture, type ShiftFixture } from './shift-fixture';

let t: ShiftFixture;
beforeEach(async () => {
  t = await openShiftFixture();
});
afterEach(() => t.close());

const DAY = '2026-12-01';
const dayRow = () => t.f.db.prepare('SELECT closed_at AS closedAt, request_id AS requestId, reopened_at AS reopenedAt FROM day_close').all();

describe('closing the business day', () => {
  it("is refused while a shift of the day is open, naming the cashier; nothing is recorded", () => {
    t.shifts.open({ requestId: 'day-open-1', cashier: 'Sari', float: { amount: 0 } });
    expect(() => closeDay(t.f.ledger, { requestId: 'day-close-1', day: DAY })).toThrow(
      'Hari 2026-12-01 belum bisa ditutup: kasir Sari masih buka sejak 01/12/2026 08:00 WIB. Tutup kasir dulu.',
    );
    expect(dayRow()).toEqual([]);
  });

  it('is refused too while a shift opened the day before is still open (its sales are today\'s takings)', () => {
    t.shifts.open({ requestId: 'day-late-open', cashier: 'Budi', float: { amount: 0 } });
    t.tick(24 * 3_600_000);
    expect(() => closeDay(t.f.ledger, { requestId: 'day-late-close', day: '2026-12-02' })).toThrow(/kasir Budi masih buka/);
  });

  it('records the close once all shifts are closed and answers the recap of the day', () => {
    t.shifts.open({ requestId: 'day-a-open', cashier: 'Sari', float: { amount: 0 } });
    t.succeed(t.sell());
    t.pend(t.sell());
    t.fail(t.sell());
    t.tick();
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'day-a-close', counted: { amount: 34_000 }, reason: 'Kelebihan uang' });
    t.tick();
    t.shifts.open({ requestId: 'day-b-open', cashier: 'Budi', float: { amount: 33_500 }, difference: { cause: 'owner_float', reason: 'Pemilik ambil Rp 500' } });
    t.tick();
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'day-b-close', counted: { amount: 33_500 } });
    t.tick();
    const { recap, changed } = closeDay(t.f.ledger, { requestId: 'day-close-ok', day: DAY });
    expect(changed).toBe(true);
    expect(recap).toMatchObject({
      day: DAY,
      closed: true,
      closedAt: t.tick(0),
      openShifts: 0,
      successCount: 1,
      gross: 12_000,
      margin: 1_500,
      pendingCount: 1,
      failedCount: 1,
      // Only the cashiers' counts at close: Budi's float of 33.500 against 34.000 is the owner's.
      cashDifference: 34_000 - 36_000,
      autoExport: null,
    });
    expect(recap.shifts.map((s) => s.cashier)).toEqual(['Sari', 'Budi']);
    expect(closeDay(t.f.ledger, { requestId: 'day-close-ok', day: DAY }).changed).toBe(false);
    expect(dayRow()).toHaveLength(1);
  });

  it("counts an unexplained opening difference in the day's cash difference, never the owner's float", () => {
    t.ownerCash(50_000);
    t.shifts.open({ requestId: 'day-unexpl-open', cashier: 'Sari', float: { amount: 45_000 }, difference: { cause: 'unexplained', reason: 'Tidak ketemu' } });
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'day-unexpl-close', counted: { amount: 44_000 }, reason: 'Kurang lagi' });
    t.ownerCash(6_000);
    t.shifts.open({ requestId: 'day-owner-open', cashier: 'Budi', float: { amount: 60_000 }, difference: { cause: 'owner_float', reason: 'Tambah modal' } });
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'day-owner-close', counted: { amount: 60_000 } });
    expect(dayRecap(t.f.ledger, DAY).cashDifference).toBe(-5_000 - 1_000);
    expect(t.cashDifference()).toBe(6_000);
  });

  it('a shift opened on a closed day reopens it; the day can then be closed again', () => {
    t.shifts.open({ requestId: 'reopen-open-1', cashier: 'Sari', float: { amount: 0 } });
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'reopen-close-1', counted: { amount: 0 } });
    closeDay(t.f.ledger, { requestId: 'reopen-day-1', day: DAY });
    const reopenedAt = t.tick();
    t.shifts.open({ requestId: 'reopen-open-2', cashier: 'Budi', float: { amount: 0 } });
    expect(dayRow()).toEqual([{ closedAt: expect.any(Number), requestId: 'reopen-day-1', reopenedAt }]);
    expect(dayRecap(t.f.ledger, DAY)).toMatchObject({ closed: false, closedAt: null, openShifts: 1 });
    // The old close request does not close the reopened day.
    expect(closeDay(t.f.ledger, { requestId: 'reopen-day-1', day: DAY }).recap.closed).toBe(false);
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'reopen-close-2', counted: { amount: 0 } });
    const again = closeDay(t.f.ledger, { requestId: 'reopen-day-2', day: DAY });
    expect(again).toMatchObject({ changed: true, recap: { closed: true, openShifts: 0 } });
    expect(dayRow()).toEqual([{ closedAt: t.tick(0), requestId: 'reopen-day-2', reopenedAt: null }]);
  });

  it('refuses a day that has not come yet', () => {
    expect(() => closeDay(t.f.ledger, { requestId: 'future-1', day: '2026-12-02' })).toThrow(/belum tiba/);
    expect(dayRow()).toEqual([]);
  });

  it('refuses a day with no shift and no sale: there is nothing to close', () => {
    expect(() => closeDay(t.f.ledger, { requestId: 'empty-1', day: DAY })).toThrow(
      expect.objectContaining({ code: 'invalid_input', message: 'Tidak ada kasir maupun penjualan pada 2026-12-01: tidak ada yang ditutup.' }),
    );
    expect(() => closeDay(t.f.ledger, { requestId: 'empty-2', day: '2026-11-30' })).toThrow(/Tidak ada kasir maupun penjualan pada 2026-11-30/);
    expect(dayRow()).toEqual([]);
    // A sale made while no shift was open (engine tests) still makes a day to close.
    t.sell();
    expect(closeDay(t.f.ledger, { requestId: 'empty-3', day: DAY }).changed).toBe(true);
  });

  it('lists the past days with shifts and no close (a shift that ran past midnight), oldest first, not today', () => {
    t.shifts.open({ requestId: 'late-open-1', cashier: 'Sari', float: { amount: 0 } });
    t.tick(20 * 3_600_000); // 04:00 the next morning
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'late-close-1', counted: { amount: 0 } });
    t.shifts.open({ requestId: 'late-open-2', cashier: 'Budi', float: { amount: 0 } });
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'late-close-2', counted: { amount: 0 } });
    t.tick(24 * 3_600_000);
    expect(unclosedDays(t.f.ledger)).toEqual(['2026-12-01', '2026-12-02']);
    closeDay(t.f.ledger, { requestId: 'late-day-1', day: '2026-12-01' });
    expect(unclosedDays(t.f.ledger)).toEqual(['2026-12-02']);
    // Today's shifts are the panel's own day, not listed.
    t.shifts.open({ requestId: 'late-open-3', cashier: 'Dewi', float: { amount: 0 } });
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'late-close-3', counted: { amount: 0 } });
    expect(unclosedDays(t.f.ledger)).toEqual(['2026-12-02']);
  });
});
