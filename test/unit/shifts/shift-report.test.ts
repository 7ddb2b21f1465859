import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shiftReport } from '../../../electron/core/shifts/shift-report';
import { shiftReportReceipt } from '../../../electron/core/shifts/shift-receipt';
import type { OutletSettings } from '../../../electron/core/receipts/outlet-settings';
import { openShiftFixture, type ShiftFixture } from './shift-fixture';

let t: ShiftFixture;
beforeEach(async () => {
  t = await openShiftFixture();
});
afterEach(() => t.close());

const report = (id: number) => shiftReport(t.f.ledger, t.shifts.get(id));

describe('the closing report', () => {
  it('counts the cash difference of the shift: an unexplained opening difference and the closing one', () => {
    t.ownerCash(20_000);
    const { shift } = t.shifts.open({ requestId: 'rep-diff-open', cashier: 'Sari', float: { amount: 18_000 }, difference: { cause: 'unexplained', reason: 'Hilang' } });
    t.tick();
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'rep-diff-close', counted: { amount: 17_500 }, reason: 'Koin hilang' });
    const r = report(shift.id);
    expect(r.totals.cashDifference).toBe(-2_000 - 500);
    expect(r.shift).toMatchObject({ openingCause: 'unexplained', openingReason: 'Hilang' });
    const printed = shiftReportReceipt(r, { name: 'Toko Uji' } as OutletSettings, 'Asia/Jakarta').lines.map((l) => JSON.stringify(l)).join('\n');
    for (const words of ['Selisih saat buka', 'Penyebab: tidak diketahui (selisih kas)', 'Alasan: Hilang', 'Total selisih kas', '-Rp 2.500']) expect(printed).toContain(words);
  });

  it("totals the shift's own sales (by shift), not those of the shift before", () => {
    const { shift: morning } = t.shifts.open({ requestId: 'rep-open-1', cashier: 'Sari', float: { amount: 0 } });
    t.tick();
    t.succeed(t.sell());
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'rep-close-1', counted: { amount: 12_000 } });
    t.tick();
    const { shift: evening } = t.shifts.open({ requestId: 'rep-open-2', cashier: 'Budi', float: { amount: 12_000 } });
    t.tick();
    t.succeed(t.sell(), 11_000); // the provider charged Rp 11.000, not the catalogue's Rp 10.500
    t.succeed(t.sell({ kind: 'pln_token', productName: 'Token PLN 20.000', price: 22_500, cost: 20_200 }));
    t.fail(t.sell());
    t.pend(t.sell());
    t.tick();
    const { totals } = report(evening.id);
    expect(totals).toEqual({
      successCount: 2,
      gross: 34_500,
      margin: 12_000 - 11_000 + 22_500 - 20_200,
      pendingCount: 1,
      failedCount: 1,
      refundsPaid: 0,
      cashDifference: 0,
      byCategory: [
        { category: 'pln_token', count: 1, gross: 22_500 },
        { category: 'pulsa', count: 1, gross: 12_000 },
      ],
    });
    expect(report(morning.id).totals).toMatchObject({ successCount: 1, gross: 12_000 });
  });

  it("lists the drawer's movements between open and close: sales, refunds paid, owner cash, the closing difference", () => {
    t.ownerCash(30_000); // before the shift: not in its report
    t.tick();
    const { shift } = t.shifts.open({ requestId: 'mov-open-1', cashier: 'Sari', float: { amount: 30_000 } });
    t.tick();
    const failed = t.fail(t.sell());
    t.tick();
    t.book.refundPaid(failed.id);
    t.tick();
    t.ownerTakes(10_000);
    t.tick();
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'mov-close-1', counted: { amount: 19_000 }, reason: 'Uang sobek dibuang' });
    t.tick();
    t.ownerCash(5_000); // after the close: not in its report
    const r = report(shift.id);
    expect(r.cashMovements.map((m) => [m.kind, m.amount])).toEqual([
      ['sale_commit', 12_000],
      ['sale_refund', -12_000],
      ['owner_withdrawal', -10_000],
      ['shift_close_difference', -1_000],
    ]);
    expect(r.totals.refundsPaid).toBe(12_000);
  });

  it('leaves out the other shifts\' opening and closing differences even at the same instant', () => {
    const { shift: first } = t.shifts.open({ requestId: 'edge-open-1', cashier: 'Sari', float: { amount: 0 } });
    t.tick();
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'edge-close-1', counted: { amount: 5_000 }, reason: 'Uang ketemu' });
    const { shift: second } = t.shifts.open({ requestId: 'edge-open-2', cashier: 'Budi', float: { amount: 4_000 }, difference: { cause: 'owner_float', reason: 'Modal pemilik' } }); // same millisecond
    expect(report(first.id).cashMovements.map((m) => m.kind)).toEqual(['shift_close_difference']);
    expect(report(second.id).cashMovements.map((m) => m.kind)).toEqual(['shift_open_difference']);
  });

  it('carries a sale still open at close over: nothing is done to it and it shows in the next report too', () => {
    const { shift: first } = t.shifts.open({ requestId: 'carry-open-1', cashier: 'Sari', float: { amount: 0 } });
    t.tick();
    const pending = t.pend(t.sell());
    t.succeed(t.sell());
    t.tick();
    const closing = t.shifts.close({ expectedCash: t.drawer(), requestId: 'carry-close-1', counted: { amount: 24_000 } });
    expect(t.book.get(pending.id)).toMatchObject({ state: 'pending', refund: 'none' });
    const carried = report(closing.shift.id).carriedOver;
    expect(carried.map((s) => [s.id, s.state])).toEqual([[pending.id, 'pending']]);
    t.tick();
    const { shift: second } = t.shifts.open({ requestId: 'carry-open-2', cashier: 'Budi', float: { amount: 24_000 } });
    t.tick();
    expect(report(second.id).carriedOver.map((s) => s.id)).toEqual([pending.id]);
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'carry-close-2', counted: { amount: 24_000 } });
    t.tick();
    t.succeed(t.book.get(pending.id));
    // Settled later: each report still says what was open at ITS close; the sale counts in the shift that sold it.
    expect(report(first.id).carriedOver.map((s) => [s.id, s.state])).toEqual([[pending.id, 'pending']]);
    expect(report(second.id).carriedOver.map((s) => s.id)).toEqual([pending.id]);
    expect(report(first.id).totals.successCount).toBe(2);
    t.shifts.open({ requestId: 'carry-open-3', cashier: 'Sari', float: { amount: 24_000 } });
    expect(shiftReport(t.f.ledger, t.shifts.requireOpen()).carriedOver).toEqual([]);
  });
});
