import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shiftHandlers } from '../../../electron/core/api/handlers/shift-handlers';
import { openShiftFixture, type ShiftFixture } from './shift-fixture';
import { OWNER_CALL } from '../../support/sessions';

/** The automatic export at day close is a hook: called after the close is recorded, never undoing it. */
let t: ShiftFixture;
beforeEach(async () => {
  t = await openShiftFixture();
  // A day with nothing in it is not closed: one sale makes it a day to close.
  t.succeed(t.sell());
});
afterEach(() => t.close());

const DAY = '2026-12-01';
const closedDays = () => t.f.db.prepare('SELECT business_day AS day FROM day_close WHERE reopened_at IS NULL').all();

describe('automatic export at day close', () => {
  it('calls the hook with the closed day, after the close is recorded, and answers its file', async () => {
    const calls: { day: string; recorded: unknown[] }[] = [];
    const h = shiftHandlers({
      ledger: t.f.ledger,
      events: t.events,
      autoExportDay: async (day) => {
        calls.push({ day, recorded: closedDays() });
        return { path: `/ekspor/penjualan-${day}.xlsx`, error: null };
      },
    });
    const recap = await h['day:close']({ requestId: 'export-day-1', day: DAY }, OWNER_CALL);
    expect(calls).toEqual([{ day: DAY, recorded: [{ day: DAY }] }]);
    expect(recap.autoExport).toEqual({ path: '/ekspor/penjualan-2026-12-01.xlsx', error: null });
    // A repeated press does not export again.
    expect((await h['day:close']({ requestId: 'export-day-1', day: DAY }, OWNER_CALL)).autoExport).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('a failing export is reported in the answer and the day stays closed', async () => {
    const h = shiftHandlers({ ledger: t.f.ledger, events: t.events, autoExportDay: () => Promise.reject(new Error('Folder ekspor tidak dapat ditulis.')) });
    const recap = await h['day:close']({ requestId: 'export-day-2', day: DAY }, OWNER_CALL);
    expect(recap).toMatchObject({ closed: true, autoExport: { path: null, error: 'Folder ekspor tidak dapat ditulis.' } });
    expect(closedDays()).toEqual([{ day: DAY }]);
  });

  it('no hook, or the owner turned it off: autoExport is null', async () => {
    expect((await shiftHandlers({ ledger: t.f.ledger, events: t.events })['day:close']({ requestId: 'export-day-3', day: DAY }, OWNER_CALL)).autoExport).toBeNull();
    t.shifts.open({ requestId: 'export-open-4', cashier: 'Sari', float: { amount: t.drawer() } });
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'export-close-4', counted: { amount: t.drawer() } });
    const off = shiftHandlers({ ledger: t.f.ledger, events: t.events, autoExportDay: () => Promise.resolve({ path: null, error: null }) });
    expect(await off['day:close']({ requestId: 'export-day-4', day: DAY }, OWNER_CALL)).toMatchObject({ closed: true, autoExport: null });
  });
});
