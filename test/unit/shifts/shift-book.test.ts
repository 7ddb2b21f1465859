import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { setEntryLimit } from '../../../electron/core/ledger/entry-limit';
import { openShiftFixture, type ShiftFixture } from './shift-fixture';

let t: ShiftFixture;
beforeEach(async () => {
  t = await openShiftFixture();
});
afterEach(() => t.close());

const shiftRows = () => t.f.db.prepare('SELECT * FROM shift').all();
const differenceEntries = () =>
  t.f.db.prepare("SELECT kind, memo FROM journal_entry WHERE kind LIKE 'shift_%' ORDER BY id").all() as { kind: string; memo: string }[];
const saleShift = (id: number) => (t.f.db.prepare('SELECT shift_id AS shiftId FROM sale WHERE id = ?').get(id) as { shiftId: number | null }).shiftId;

describe('opening the counter (buka kasir)', () => {
  it('a counted float equal to the ledger drawer writes the shift and no entry', () => {
    t.ownerCash(200_000);
    const before = t.entries();
    const { shift } = t.shifts.open({ requestId: 'open-equal-1', cashier: 'Sari', float: { amount: '200.000' } });
    expect(shift).toMatchObject({ cashier: 'Sari', businessDay: '2026-12-01', openingFloat: 200_000, openingDifference: 0, closedAt: null });
    expect(t.entries()).toBe(before);
  });

  it('a float that differs from the ledger is refused without its cause and reason, naming the difference, and writes nothing', () => {
    t.ownerCash(200_000);
    const before = t.entries();
    expect(() => t.shifts.open({ requestId: 'open-nocause-1', cashier: 'Sari', float: { amount: '195.000' } })).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        message: 'Uang di laci Rp 195.000, menurut catatan Rp 200.000: selisih -Rp 5.000. Pilih penyebabnya dan tulis alasannya sebelum membuka kasir.',
      }),
    );
    expect(shiftRows()).toHaveLength(0);
    expect(t.entries()).toBe(before);
  });

  it("the owner's float (owner_float) posts drawer vs owner equity with the reason; the drawer equals the count", () => {
    t.ownerCash(200_000);
    const equityBefore = t.f.ledger.rawBalance('owner_equity');
    const { shift } = t.shifts.open({
      requestId: 'open-diff-1',
      cashier: 'Sari',
      float: { denominations: { '100000': 1, '50000': 1, '20000': 2, '5000': 1 } },
      difference: { cause: 'owner_float', reason: 'Pemilik ambil Rp 5.000 untuk parkir' },
    });
    expect(shift).toMatchObject({ openingFloat: 195_000, openingDifference: -5_000, openingCause: 'owner_float', openingReason: 'Pemilik ambil Rp 5.000 untuk parkir' });
    expect(t.drawer()).toBe(195_000);
    expect(t.cashDifference()).toBe(0);
    expect(t.f.ledger.rawBalance('owner_equity') - equityBefore).toBe(5_000);
    expect(differenceEntries()).toEqual([{ kind: 'shift_open_difference', memo: expect.stringMatching(/Sari.*Alasan: Pemilik ambil Rp 5.000 untuk parkir$/) }]);
    expect(verifyLedger(t.f.db)).toEqual([]);
  });

  it('an unexplained difference posts drawer vs cash_difference (selisih kas) with the reason', () => {
    t.ownerCash(200_000);
    const equityBefore = t.f.ledger.rawBalance('owner_equity');
    const { shift } = t.shifts.open({ requestId: 'open-unexpl-1', cashier: 'Sari', float: { amount: '190.000' }, difference: { cause: 'unexplained', reason: ' Tidak tahu ' } });
    expect(shift).toMatchObject({ openingDifference: -10_000, openingCause: 'unexplained', openingReason: 'Tidak tahu' });
    expect(t.drawer()).toBe(190_000);
    expect(t.cashDifference()).toBe(10_000);
    expect(t.f.ledger.rawBalance('owner_equity')).toBe(equityBefore);
    expect(differenceEntries()).toEqual([{ kind: 'shift_open_difference', memo: expect.stringContaining('Alasan: Tidak tahu') }]);
    expect(verifyLedger(t.f.db)).toEqual([]);
  });

  it('a reason shorter than 3 letters is refused; a float equal to the ledger stores no cause', () => {
    t.ownerCash(10_000);
    expect(() => t.shifts.open({ requestId: 'open-short-1', cashier: 'Sari', float: { amount: 0 }, difference: { cause: 'unexplained', reason: 'ab' } })).toThrow(
      /Alasan selisih minimal 3 huruf/,
    );
    const { shift } = t.shifts.open({ requestId: 'open-short-2', cashier: 'Sari', float: { amount: 10_000 }, difference: { cause: 'unexplained', reason: 'abc' } });
    expect(shift).toMatchObject({ openingDifference: 0, openingCause: null, openingReason: null });
  });

  it('previews an opening without writing: the ledger drawer, the count and the difference', () => {
    t.ownerCash(200_000);
    const before = t.entries();
    expect(t.shifts.previewOpen({ amount: '195.000' })).toEqual({ expectedCash: 200_000, countedCash: 195_000, difference: -5_000 });
    expect(t.entries()).toBe(before);
    expect(shiftRows()).toHaveLength(0);
  });

  it('an empty drawer may open with a float of 0', () => {
    const { shift } = t.shifts.open({ requestId: 'open-zero-1', cashier: 'Sari', float: { amount: '0' } });
    expect(shift.openingFloat).toBe(0);
    expect(t.entries()).toBe(1);
  });

  it('a repeated press answers the same shift and records once', () => {
    const difference = { cause: 'owner_float' as const, reason: 'Modal dari pemilik' };
    const first = t.shifts.open({ requestId: 'open-twice-1', cashier: 'Sari', float: { amount: 50_000 }, difference });
    const again = t.shifts.open({ requestId: 'open-twice-1', cashier: 'Sari', float: { amount: 50_000 }, difference });
    expect(again).toEqual({ shift: first.shift, changed: false, entryId: null });
    expect(shiftRows()).toHaveLength(1);
    expect(differenceEntries()).toHaveLength(1);
  });

  it('refuses a second shift while one is open, naming who opened it, and writes nothing', () => {
    t.shifts.open({ requestId: 'open-first-1', cashier: 'Sari', float: { amount: 0 } });
    const before = t.entries();
    expect(() => t.shifts.open({ requestId: 'open-second-1', cashier: 'Budi', float: { amount: 0 } })).toThrow(
      /Kasir sudah dibuka oleh Sari sejak 01\/12\/2026 08:00 WIB/,
    );
    expect(shiftRows()).toHaveLength(1);
    expect(t.entries()).toBe(before);
  });

  it('refuses a float no drawer could hold or unreadable, writing nothing', () => {
    expect(() => t.shifts.open({ requestId: 'open-bad-1', cashier: 'Sari', float: { amount: '20.000.000.000' } })).toThrow(/Jumlah terlalu besar: paling banyak Rp 10\.000\.000\.000/);
    expect(() => t.shifts.open({ requestId: 'open-bad-2', cashier: 'Sari', float: { amount: '1,5' } })).toThrow(/tidak valid/);
    expect(() => t.shifts.open({ requestId: 'open-bad-3', cashier: 'Sari', float: { amount: '-1' } })).toThrow(/lebih dari nol/);
    expect(shiftRows()).toHaveLength(0);
  });
});

describe('closing the counter (tutup kasir)', () => {
  it('expects the ledger drawer: float, sales, refunds paid and owner cash during the shift', () => {
    t.ownerCash(100_000);
    t.shifts.open({ requestId: 'close-exp-open', cashier: 'Sari', float: { amount: 100_000 } });
    t.tick();
    t.succeed(t.sell());
    const failed = t.fail(t.sell());
    t.book.refundPaid(failed.id);
    t.ownerCash(50_000);
    t.ownerTakes(20_000);
    const preview = t.shifts.previewClose({ amount: 140_000 });
    expect(preview).toMatchObject({ expectedCash: 100_000 + 12_000 + 12_000 - 12_000 + 50_000 - 20_000, countedCash: 140_000, difference: -2_000 });
    expect(shiftRows()).toMatchObject([{ closed_at: null }]);
  });

  it('refuses a difference without a reason, naming the difference, and writes nothing', () => {
    t.shifts.open({ requestId: 'close-noreason-open', cashier: 'Sari', float: { amount: 0 } });
    t.succeed(t.sell());
    const before = t.entries();
    expect(() => t.shifts.close({ expectedCash: t.drawer(), requestId: 'close-noreason-1', counted: { amount: 10_000 } })).toThrow(
      'Uang di laci Rp 10.000, menurut catatan Rp 12.000: selisih -Rp 2.000. Tulis alasan selisih sebelum menutup kasir.',
    );
    expect(() => t.shifts.close({ expectedCash: t.drawer(), requestId: 'close-noreason-2', counted: { amount: 10_000 }, reason: '   ' })).toThrow(/Tulis alasan/);
    expect(t.entries()).toBe(before);
    expect(shiftRows()).toMatchObject([{ closed_at: null }]);
  });

  it('records a short count as one entry with the reason in its memo; the drawer then equals the count', () => {
    t.shifts.open({ requestId: 'close-short-open', cashier: 'Sari', float: { amount: 0 } });
    t.succeed(t.sell());
    t.tick();
    const { shift } = t.shifts.close({ expectedCash: t.drawer(), requestId: 'close-short-1', counted: { denominations: { '10000': 1, '500': 2 } }, reason: 'Kembalian salah' });
    expect(shift).toMatchObject({ expectedCash: 12_000, countedCash: 11_000, difference: -1_000, differenceReason: 'Kembalian salah' });
    expect(JSON.parse(shift.denominationsJson!)).toEqual({ '10000': 1, '500': 2 });
    expect(shift.closedAt).toBe(t.tick(0));
    expect(t.drawer()).toBe(11_000);
    expect(t.cashDifference()).toBe(1_000);
    expect(differenceEntries()).toEqual([{ kind: 'shift_close_difference', memo: expect.stringContaining('Alasan: Kembalian salah') }]);
    expect(verifyLedger(t.f.db)).toEqual([]);
  });

  it('a count equal to the ledger closes without a reason and without an entry; a repeated press answers the same close', () => {
    t.shifts.open({ requestId: 'close-even-open', cashier: 'Sari', float: { amount: 0 } });
    t.succeed(t.sell());
    const before = t.entries();
    const first = t.shifts.close({ expectedCash: t.drawer(), requestId: 'close-even-1', counted: { amount: 'Rp 12.000' } });
    expect(first.shift.difference).toBe(0);
    expect(t.shifts.close({ expectedCash: t.drawer(), requestId: 'close-even-1', counted: { amount: 'Rp 12.000' } })).toEqual({ shift: first.shift, changed: false, entryId: null });
    expect(t.entries()).toBe(before);
  });

  it('refuses to close or preview when no shift is open', () => {
    expect(() => t.shifts.close({ expectedCash: t.drawer(), requestId: 'close-none-1', counted: { amount: 0 } })).toThrow(/Kasir belum dibuka/);
    expect(() => t.shifts.previewClose({ amount: 0 })).toThrow(/Kasir belum dibuka/);
  });
});

describe('a repeated request id with different input', () => {
  const CONFLICT = 'Permintaan ini sudah tercatat dengan isi yang berbeda; tidak dicatat ulang.';

  it('at open (another cashier or float) is refused as a conflict, writing nothing', () => {
    t.shifts.open({ requestId: 'replay-open-1', cashier: 'Sari', float: { amount: 0 } });
    const before = t.entries();
    expect(() => t.shifts.open({ requestId: 'replay-open-1', cashier: 'Budi', float: { amount: 0 } })).toThrow(CONFLICT);
    expect(() => t.shifts.open({ requestId: 'replay-open-1', cashier: 'Sari', float: { amount: 5_000 } })).toThrow(
      expect.objectContaining({ code: 'conflict', message: CONFLICT }),
    );
    expect(shiftRows()).toHaveLength(1);
    expect(t.entries()).toBe(before);
  });

  it('at close (another count or reason) is refused as a conflict, writing nothing', () => {
    t.shifts.open({ requestId: 'replay-close-open', cashier: 'Sari', float: { amount: 0 } });
    t.succeed(t.sell());
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'replay-close-1', counted: { amount: 11_000 }, reason: 'Kembalian salah' });
    const before = t.entries();
    expect(() => t.shifts.close({ expectedCash: t.drawer(), requestId: 'replay-close-1', counted: { amount: 10_000 }, reason: 'Kembalian salah' })).toThrow(
      expect.objectContaining({ code: 'conflict', message: CONFLICT }),
    );
    expect(() => t.shifts.close({ expectedCash: t.drawer(), requestId: 'replay-close-1', counted: { amount: 11_000 }, reason: 'Uang palsu' })).toThrow(CONFLICT);
    expect(t.shifts.close({ expectedCash: t.drawer(), requestId: 'replay-close-1', counted: { amount: '11.000' }, reason: ' Kembalian salah ' }).changed).toBe(false);
    expect(t.entries()).toBe(before);
  });
});

describe("a drawer above the owner's per-entry limit", () => {
  it('opens and closes: a count is bounded by what a drawer can hold, not by the per-entry limit', () => {
    t.ownerCash(3_000_000);
    setEntryLimit(t.f.db, '2.000.000');
    t.shifts.open({ requestId: 'big-open-1', cashier: 'Sari', float: { amount: '3.000.000' } });
    t.succeed(t.sell());
    const { shift } = t.shifts.close({ expectedCash: t.drawer(), requestId: 'big-close-1', counted: { denominations: { '100000': 30, '10000': 1, '2000': 1 } } });
    expect(shift).toMatchObject({ expectedCash: 3_012_000, countedCash: 3_012_000, difference: 0 });
  });
});

describe('closing against the figure the cashier confirmed', () => {
  it('is refused as a conflict when the ledger drawer moved since the preview, writing nothing', () => {
    t.shifts.open({ requestId: 'moved-open', cashier: 'Sari', float: { amount: 0 } });
    t.succeed(t.sell());
    const preview = t.shifts.previewClose({ amount: 11_000 });
    t.succeed(t.sell());
    const before = t.entries();
    expect(() => t.shifts.close({ requestId: 'moved-close-1', counted: { amount: 11_000 }, reason: 'Kurang', expectedCash: preview.expectedCash })).toThrow(
      expect.objectContaining({ code: 'conflict', message: 'Catatan kas berubah sejak diperiksa (Rp 12.000 -> Rp 24.000). Periksa lagi.' }),
    );
    expect(t.entries()).toBe(before);
    expect(shiftRows()).toMatchObject([{ closed_at: null }]);
  });
});

describe('sales carry their shift', () => {
  it('a sale records the open shift; one made while the counter is closed has none', () => {
    const before = t.sell();
    const { shift } = t.shifts.open({ requestId: 'stamp-open-1', cashier: 'Sari', float: { amount: 12_000 } });
    const during = t.sell();
    expect(saleShift(before.id)).toBeNull();
    expect(saleShift(during.id)).toBe(shift.id);
  });

  it('a rerouted attempt stays in the shift that took the money, even after that shift closed', () => {
    const { shift } = t.shifts.open({ requestId: 'reroute-open-1', cashier: 'Sari', float: { amount: 0 } });
    const first = t.sell();
    t.shifts.close({ expectedCash: t.drawer(), requestId: 'reroute-close-1', counted: { amount: 12_000 } });
    t.shifts.open({ requestId: 'reroute-open-2', cashier: 'Budi', float: { amount: 12_000 } });
    const { next } = t.book.reroute(first.id, { status: 'failed', message: 'Gangguan', code: '99' }, [
      { provider: 'iak', cost: 10_600, build: () => ({ ...first, requestId: `${first.requestId}:2`, refId: 'LKFXREROUTE1', cost: rupiah(10_600) }) },
    ]);
    expect(next).not.toBeNull();
    expect(saleShift(next!.id)).toBe(shift.id);
  });
});
