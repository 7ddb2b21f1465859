import type Database from 'better-sqlite3';
import type { ShiftRow } from './shift-record';

export interface CashMovement {
  entryId: number;
  at: number;
  kind: string;
  memo: string;
  /** + into the drawer, - out of it. */
  amount: number;
}

const DAY_MS = 86_400_000;
const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * DAY_MS).toISOString().slice(0, 10);

/**
 * Every journal entry with a leg on the drawer while the shift was open (sales taken, refunds paid,
 * owner cash in and out, top-ups from the drawer), oldest first. The window is the shift's open..close
 * time; the journal index is entered by business day, widened by a day each side because the owner
 * may have moved the outlet's zone meanwhile. The opening and closing differences of OTHER shifts are
 * left out even when they share a millisecond with this one's edges.
 */
export function cashMovements(db: Database.Database, shift: ShiftRow, until: number): CashMovement[] {
  const lastDay = new Date(until + 9 * 3_600_000).toISOString().slice(0, 10);
  const rows = db
    .prepare(
      `SELECT e.id AS entryId, e.at, e.kind, e.memo, e.idem_key AS idemKey, SUM(p.amount) AS amount
         FROM journal_entry e
         JOIN posting p ON p.entry_id = e.id
        WHERE e.business_day BETWEEN ? AND ? AND e.at >= ? AND e.at <= ?
          AND p.account_id = (SELECT id FROM account WHERE code = 'cash_drawer')
        GROUP BY e.id
        ORDER BY e.id`,
    )
    .all(shiftDay(shift.businessDay, -1), shiftDay(lastDay, 1), shift.openedAt, until) as (CashMovement & { idemKey: string })[];
  const own = new Set([`shift:${shift.id}:open`, `shift:${shift.id}:close`]);
  return rows
    .filter((r) => !r.kind.startsWith('shift_') || own.has(r.idemKey))
    .map(({ idemKey: _key, ...movement }) => movement);
}
