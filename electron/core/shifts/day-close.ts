import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../api/contract';
import { AppError } from '../errors/app-error';
import type { Ledger } from '../ledger';
import { formatReceiptTime } from '../receipts/receipt-format';
import { summarizeSales } from '../reports';
import { SHIFT_COLUMNS, toShiftView, type ShiftRow } from './shift-record';
import { ShiftRepo } from './shift-repo';
import { shiftCashDifference } from './shift-report';

export type DayRecap = ChannelOutput<'day:status'>;

interface DayCloseRow {
  closedAt: number;
  requestId: string;
  reopenedAt: number | null;
}

function dayCloseRow(db: Database.Database, day: string): DayCloseRow | undefined {
  return db
    .prepare('SELECT closed_at AS closedAt, request_id AS requestId, reopened_at AS reopenedAt FROM day_close WHERE business_day = ?')
    .get(day) as DayCloseRow | undefined;
}

/**
 * A shift opened on a day already closed reopens it (the close no longer holds: there are new
 * sales); the day can be closed again later. The caller holds the open's transaction.
 */
export function reopenDayIfClosed(db: Database.Database, day: string, at: number): void {
  db.prepare('UPDATE day_close SET reopened_at = ? WHERE business_day = ? AND reopened_at IS NULL').run(at, day);
}

/** The day's recap from the records: its shifts, its sales (by business day), the drawer differences counted. */
export function dayRecap(ledger: Ledger, day: string, autoExport: DayRecap['autoExport'] = null): DayRecap {
  const shifts = new ShiftRepo(ledger.db).between(day, day);
  const close = dayCloseRow(ledger.db, day);
  const closed = close !== undefined && close.reopenedAt === null;
  // Laporan's own day summary, so the recap and the report of the day can never disagree.
  const { totals: t } = summarizeSales(ledger, { from: day, to: day });
  const totals = { successCount: t.count, gross: t.gross, margin: t.margin, pendingCount: t.pendingCount, failedCount: t.failedCount };
  return {
    day,
    closed,
    closedAt: closed ? close.closedAt : null,
    shifts: shifts.map(toShiftView),
    openShifts: shifts.filter((s) => s.closedAt === null).length,
    ...totals,
    // The cashiers' count differences: closes, and openings nobody could explain (never the owner's float).
    cashDifference: shifts.reduce((sum, s) => sum + shiftCashDifference(s), 0),
    autoExport,
  };
}

/** How far back the Tutup hari panel looks for days left unclosed (a bounded index range, not the history). */
export const UNCLOSED_LOOKBACK_DAYS = 62;

/**
 * Past business days (before today, within the lookback) that have shifts but no close in force:
 * never closed, or reopened by a later shift. A shift that ran past midnight leaves its day here,
 * so the owner can still close it from the screen. Oldest first; shift_by_day range + day_close key.
 */
export function unclosedDays(ledger: Ledger): string[] {
  const today = ledger.businessDay();
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - UNCLOSED_LOOKBACK_DAYS * 86_400_000).toISOString().slice(0, 10);
  const rows = ledger.db
    .prepare(
      `SELECT DISTINCT s.business_day AS day FROM shift s
        WHERE s.business_day >= ? AND s.business_day < ?
          AND NOT EXISTS (SELECT 1 FROM day_close d WHERE d.business_day = s.business_day AND d.reopened_at IS NULL)
        ORDER BY s.business_day`,
    )
    .all(from, today) as { day: string }[];
  return rows.map((r) => r.day);
}

/** Whether anything happened on the day: a shift opened or a sale made (two index probes). */
function dayHasActivity(db: Database.Database, day: string): boolean {
  return (
    db.prepare('SELECT 1 FROM shift WHERE business_day = ? LIMIT 1').get(day) !== undefined ||
    db.prepare('SELECT 1 FROM sale WHERE business_day = ? LIMIT 1').get(day) !== undefined
  );
}

/**
 * Records the close of a business day. Refused while a shift opened on that day or before is still
 * open (its sales belong to the day's takings), naming the cashier; refused for a day still to come,
 * and for a day with no shift and no sale (nothing to close).
 * Idempotent: the same request, or a day already closed, answers the recap without writing.
 */
export function closeDay(ledger: Ledger, input: { requestId: string; day: string }): { recap: DayRecap; changed: boolean } {
  return ledger.transaction(() => {
    const today = ledger.businessDay();
    if (input.day > today) throw new AppError('invalid_input', `Hari ${input.day} belum tiba (hari ini ${today}); belum bisa ditutup.`);
    const existing = dayCloseRow(ledger.db, input.day);
    if (existing && (existing.requestId === input.requestId || existing.reopenedAt === null)) return { recap: dayRecap(ledger, input.day), changed: false };
    const usedFor = ledger.db.prepare('SELECT business_day AS day FROM day_close WHERE request_id = ?').get(input.requestId) as { day: string } | undefined;
    if (usedFor) throw new AppError('conflict', `Permintaan ini sudah dipakai untuk menutup hari ${usedFor.day}.`);
    const open = ledger.db.prepare(`SELECT ${SHIFT_COLUMNS} FROM shift WHERE closed_at IS NULL AND business_day <= ?`).get(input.day) as ShiftRow | undefined;
    if (open) {
      throw new AppError(
        'conflict',
        `Hari ${input.day} belum bisa ditutup: kasir ${open.cashier} masih buka sejak ${formatReceiptTime(open.openedAt, ledger.timeZone)}. Tutup kasir dulu.`,
      );
    }
    // After the open-shift check: a shift still open from the day before is the better answer.
    if (!dayHasActivity(ledger.db, input.day)) {
      throw new AppError('invalid_input', `Tidak ada kasir maupun penjualan pada ${input.day}: tidak ada yang ditutup.`);
    }
    const at = ledger.now();
    ledger.db
      .prepare(
        `INSERT INTO day_close (business_day, closed_at, request_id, reopened_at) VALUES (?, ?, ?, NULL)
         ON CONFLICT (business_day) DO UPDATE SET closed_at = excluded.closed_at, request_id = excluded.request_id, reopened_at = NULL`,
      )
      .run(input.day, at, input.requestId);
    return { recap: dayRecap(ledger, input.day), changed: true };
  });
}
