import type { ChannelOutput } from '../api/contract';
import type { Ledger } from '../ledger';
import { ACCOUNT } from '../ledger';
import { carriedOverAtClose, salesOpenNow } from './carried-over';
import { cashMovements, type CashMovement } from './cash-movements';
import { saleTotals } from './sale-totals';
import { toShiftView, type ShiftRow } from './shift-record';

export type ShiftReport = ChannelOutput<'shifts:report'>;
export type ShiftTotals = ShiftReport['totals'];

/** Refunds handed back from the drawer during the shift (whichever shift sold them). */
function refundsPaid(movements: readonly CashMovement[]): number {
  return movements.filter((m) => m.kind === 'sale_refund').reduce((sum, m) => sum - m.amount, 0);
}

/**
 * The shift's selisih kas: the closing difference, plus an opening difference nobody could explain
 * (the owner's float is not a cashier's difference). The day close sums the same per shift.
 */
export function shiftCashDifference(shift: Pick<ShiftRow, 'difference' | 'openingDifference' | 'openingCause'>): number {
  return (shift.difference ?? 0) + (shift.openingCause === 'unexplained' ? shift.openingDifference : 0);
}

function totalsOf(ledger: Ledger, shift: ShiftRow, movements: readonly CashMovement[]): ShiftTotals {
  return { ...saleTotals(ledger.db, { shiftId: shift.id }), refundsPaid: refundsPaid(movements), cashDifference: shiftCashDifference(shift) };
}

/**
 * The closing report, from the records alone (so it can be reprinted any time): the shift's sales
 * by shift_id, the drawer's movements between open and close, the sales still open at close (stored
 * then: carried-over.ts). For
 * the open shift it is the report so far.
 */
export function shiftReport(ledger: Ledger, shift: ShiftRow): ShiftReport {
  const now = ledger.now();
  const until = shift.closedAt ?? now;
  const movements = cashMovements(ledger.db, shift, until);
  return {
    shift: toShiftView(shift),
    totals: totalsOf(ledger, shift, movements),
    cashMovements: movements,
    // A closed shift's are stored at its close; the open shift's are the sales open now.
    carriedOver: shift.closedAt === null ? salesOpenNow(ledger.db) : carriedOverAtClose(ledger.db, shift.id),
  };
}

/** The open shift as Home shows it: the drawer the ledger has now and the totals so far. */
export function currentShift(ledger: Ledger, shift: ShiftRow): ChannelOutput<'shifts:current'>['current'] {
  const movements = cashMovements(ledger.db, shift, ledger.now());
  return { shift: toShiftView(shift), expectedCash: ledger.rawBalance(ACCOUNT.cashDrawer), totals: totalsOf(ledger, shift, movements) };
}
