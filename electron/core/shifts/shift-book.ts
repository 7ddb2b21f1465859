import { AppError } from '../errors/app-error';
import { ACCOUNT, type Ledger } from '../ledger';
import { formatRupiah } from '../money';
import { formatReceiptTime } from '../receipts/receipt-format';
import { recordCarriedOver } from './carried-over';
import { readCountedCash, type CountedCashInput } from './counted-cash';
import { reopenDayIfClosed } from './day-close';
import { postDrawerDifference, signedRupiah } from './drawer-difference';
import type { OpeningCause, ShiftRow } from './shift-record';
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
/** The cause and reason of an opening difference, required when the float differs from the ledger. */
export interface OpeningDifferenceInput {
  cause: OpeningCause;
  reason: string;
}

function requireExplanation(given: OpeningDifferenceInput | undefined, counted: number, recorded: number, difference: number): OpeningDifferenceInput {
  const reason = given?.reason.trim() ?? '';
  if (given && reason.length > 0 && reason.length < 3) throw new AppError('invalid_input', 'Alasan selisih minimal 3 huruf.');
  if (reason.length > 200) throw new AppError('invalid_input', 'Alasan maksimal 200 huruf.');
  if (!given || reason.length === 0) {
    throw new AppError(
      'invalid_input',
      `Uang di laci ${formatRupiah(counted)}, menurut catatan ${formatRupiah(recorded)}: selisih ${signedRupiah(difference)}. Pilih penyebabnya dan tulis alasannya sebelum membuka kasir.`,
    );
  }
  return { cause: given.cause, reason };
}

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

  /**
   * Opens the counter with the counted float. A float that differs from the ledger's drawer needs
   * its cause and reason (refused otherwise, the difference named): the owner's float is posted
   * against owner equity, an unexplained one against cash_difference (the day's selisih); either way
   * the ledger's drawer then equals the count and the reason is in the entry's memo and the row.
   */
  open(input: { requestId: string; cashier: string; float: CountedCashInput; difference?: OpeningDifferenceInput }): ShiftWrite {
    const counted = readCountedCash(this.ledger.db, input.float);
    const cashier = input.cashier.trim();
    const replay = this.repo.byRequestId(input.requestId);
    if (replay) {
      const explained = replay.openingDifference === 0 || (replay.openingCause === input.difference?.cause && replay.openingReason === input.difference?.reason.trim());
      assertSameRequest(replay.cashier === cashier && replay.openingFloat === counted.amount && explained);
      return { shift: replay, changed: false, entryId: null };
    }
    return this.ledger.transaction(() => {
      this.assertNoneOpen();
      const at = this.ledger.now();
      const day = this.ledger.businessDay(at);
      const recorded = this.ledger.rawBalance(ACCOUNT.cashDrawer);
      const difference = counted.amount - recorded;
      const explanation = difference === 0 ? null : requireExplanation(input.difference, counted.amount, recorded, difference);
      const id = this.repo.insert({
        requestId: input.requestId,
        cashier,
        businessDay: day,
        openedAt: at,
        openingFloat: counted.amount,
        openingDifference: difference,
        openingCause: explanation?.cause ?? null,
        openingReason: explanation?.reason ?? null,
      });
      const entryId = !explanation
        ? null
        : postDrawerDifference(this.ledger, {
            idemKey: `shift:${id}:open`,
            kind: 'shift_open_difference',
            memo:
              explanation.cause === 'owner_float'
                ? `Modal laci dari/ke pemilik saat buka kasir ${cashier}: dihitung ${formatRupiah(counted.amount)}, catatan ${formatRupiah(recorded)} (${signedRupiah(difference)}). Alasan: ${explanation.reason}`
                : `Selisih kas saat buka kasir ${cashier}: dihitung ${formatRupiah(counted.amount)}, catatan ${formatRupiah(recorded)} (${signedRupiah(difference)}). Alasan: ${explanation.reason}`,
            at,
            difference,
            against: explanation.cause === 'owner_float' ? 'owner_equity' : 'cash_difference',
          });
      reopenDayIfClosed(this.ledger.db, day, at);
      return { shift: this.get(id), changed: true, entryId };
    });
  }

  /** What opening with this float would find; writes nothing. Refused like the open while a shift is open. */
  previewOpen(float: CountedCashInput): { expectedCash: number; countedCash: number; difference: number } {
    this.assertNoneOpen();
    const { amount } = readCountedCash(this.ledger.db, float);
    const expectedCash = this.ledger.rawBalance(ACCOUNT.cashDrawer);
    return { expectedCash, countedCash: amount, difference: amount - expectedCash };
  }

  private assertNoneOpen(): void {
    const open = this.repo.open();
    if (open) {
      throw new AppError(
        'conflict',
        `Kasir sudah dibuka oleh ${open.cashier} sejak ${formatReceiptTime(open.openedAt, this.ledger.timeZone)}. Tutup kasir itu dulu sebelum membuka yang baru.`,
      );
    }
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
              against: 'cash_difference',
            });
      recordCarriedOver(this.ledger.db, shift.id);
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
