import { AppError } from '../errors/app-error';
import { ACCOUNT, type Ledger } from '../ledger';
import { formatRupiah } from '../money';
import { formatReceiptTime } from '../receipts/receipt-format';
import { readCountedCash, type CountedCashInput } from './counted-cash';
import { reopenDayIfClosed } from './day-close';
import { postDrawerDifference, signedRupiah } from './drawer-difference';
import type { ShiftRow } from './shift-record';
import { ShiftRepo } from './shift-repo';

/** What a write did: `changed` false for a replayed request (nothing new to announce). */
export interface ShiftWrite {
  shift: ShiftRow;
  changed: boolean;
  /** The difference entry this write posted, if any. */
  entryId: number | null;
}

/**
 * A repeated press answers the first; the same request id with other content is not a repeat (the
 * journal's rule and words), so it is refused rather than answered as if it had been recorded.
 */
function assertSameRequest(same: boolean): void {
  if (!same) throw new AppError('conflict', 'Permintaan ini sudah tercatat dengan isi yang berbeda; tidak dicatat ulang.');
}

/**
 * Opening and closing the counter. Each is one synchronous transaction: the shift row, the drawer
 * difference entry (so the ledger's drawer equals what was counted) and, at open, reopening a day
 * already closed. Both are idempotent by the button press's request id.
 */
export class ShiftBook {
  readonly repo: ShiftRepo;

  constructor(private readonly ledger: Ledger) {
    this.repo = new ShiftRepo(ledger.db);
  }

  open(input: { requestId: string; cashier: string; float: CountedCashInput }): ShiftWrite {
    const counted = readCountedCash(this.ledger.db, input.float);
    const replay = this.repo.byRequestId(input.requestId);
    if (replay) {
      assertSameRequest(replay.cashier === input.cashier.trim() && replay.openingFloat === counted.amount);
      return { shift: replay, changed: false, entryId: null };
    }
    return this.ledger.transaction(() => {
      const open = this.repo.open();
      if (open) {
        throw new AppError(
          'conflict',
          `Kasir sudah dibuka oleh ${open.cashier} sejak ${formatReceiptTime(open.openedAt, this.ledger.timeZone)}. Tutup kasir itu dulu sebelum membuka yang baru.`,
        );
      }
      const at = this.ledger.now();
      const day = this.ledger.businessDay(at);
      const recorded = this.ledger.rawBalance(ACCOUNT.cashDrawer);
      const difference = counted.amount - recorded;
      const id = this.repo.insert({
        requestId: input.requestId,
        cashier: input.cashier,
        businessDay: day,
        openedAt: at,
        openingFloat: counted.amount,
        openingDifference: difference,
      });
      const entryId =
        difference === 0
          ? null
          : postDrawerDifference(this.ledger, {
              idemKey: `shift:${id}:open`,
              kind: 'shift_open_difference',
              memo: `Modal laci disesuaikan saat buka kasir ${input.cashier}: dihitung ${formatRupiah(counted.amount)}, catatan ${formatRupiah(recorded)} (${signedRupiah(difference)})`,
              at,
              difference,
            });
      reopenDayIfClosed(this.ledger.db, day, at);
      return { shift: this.get(id), changed: true, entryId };
    });
  }

  /** What closing with this count would record; writes nothing. */
  previewClose(counted: CountedCashInput): { shift: ShiftRow; expectedCash: number; countedCash: number; difference: number } {
    const shift = this.requireOpen();
    const { amount } = readCountedCash(this.ledger.db, counted);
    const expectedCash = this.ledger.rawBalance(ACCOUNT.cashDrawer);
    return { shift, expectedCash, countedCash: amount, difference: amount - expectedCash };
  }

  /**
   * Closes the open shift against the ledger's drawer. A count that differs needs the cashier's
   * reason (refused otherwise, the difference named); the difference is then one journal entry with
   * the reason in its memo. `expectedCash` is the figure the cashier was shown (previewClose): a
   * drawer that moved since is refused. Sales still open stay open: they are carried over, nothing is done to them.
   */
  close(input: { requestId: string; counted: CountedCashInput; reason?: string; expectedCash: number }): ShiftWrite {
    const counted = readCountedCash(this.ledger.db, input.counted);
    const reason = input.reason?.trim() || null;
    const replay = this.repo.byCloseRequestId(input.requestId);
    if (replay) {
      assertSameRequest(replay.countedCash === counted.amount && replay.differenceReason === reason);
      return { shift: replay, changed: false, entryId: null };
    }
    return this.ledger.transaction(() => {
      const shift = this.requireOpen();
      const expected = this.ledger.rawBalance(ACCOUNT.cashDrawer);
      // The cashier confirmed a difference against the previewed figure; a sale or owner cash since
      // then would record another one, so the close asks for a fresh look instead.
      if (expected !== input.expectedCash) {
        throw new AppError('conflict', `Catatan kas berubah sejak diperiksa (${formatRupiah(input.expectedCash)} -> ${formatRupiah(expected)}). Periksa lagi.`);
      }
      const difference = counted.amount - expected;
      if (difference !== 0 && !reason) {
        throw new AppError(
          'invalid_input',
          `Uang di laci ${formatRupiah(counted.amount)}, menurut catatan ${formatRupiah(expected)}: selisih ${signedRupiah(difference)}. Tulis alasan selisih sebelum menutup kasir.`,
        );
      }
      const at = this.ledger.now();
      const entryId =
        difference === 0
          ? null
          : postDrawerDifference(this.ledger, {
              idemKey: `shift:${shift.id}:close`,
              kind: 'shift_close_difference',
              memo: `Selisih kas saat tutup kasir ${shift.cashier}: dihitung ${formatRupiah(counted.amount)}, seharusnya ${formatRupiah(expected)} (${signedRupiah(difference)}). Alasan: ${reason ?? ''}`,
              at,
              difference,
            });
      this.repo.close(shift.id, {
        closedAt: at,
        closeRequestId: input.requestId,
        expectedCash: expected,
        countedCash: counted.amount,
        difference,
        differenceReason: reason,
        denominationsJson: counted.denominations ? JSON.stringify(counted.denominations) : null,
      });
      return { shift: this.get(shift.id), changed: true, entryId };
    });
  }

  get(id: number): ShiftRow {
    const shift = this.repo.get(id);
    if (!shift) throw new AppError('not_found', `Shift kasir #${id} tidak ditemukan.`);
    return shift;
  }

  requireOpen(): ShiftRow {
    const shift = this.repo.open();
    if (!shift) throw new AppError('conflict', 'Kasir belum dibuka: tidak ada shift yang bisa ditutup.');
    return shift;
  }
}
