import type Database from 'better-sqlite3';
import { SHIFT_COLUMNS, type OpeningCause, type ShiftRow } from './shift-record';
import { actingUserId } from '../users/call-context';

export interface NewShift {
  requestId: string;
  cashier: string;
  businessDay: string;
  openedAt: number;
  openingFloat: number;
  openingDifference: number;
  openingCause: OpeningCause | null;
  openingReason: string | null;
}

export interface ShiftClosing {
  closedAt: number;
  closeRequestId: string;
  expectedCash: number;
  countedCash: number;
  difference: number;
  differenceReason: string | null;
  denominationsJson: string | null;
}

/** SQL for shifts; callers hold the transaction when they write. */
export class ShiftRepo {
  constructor(private readonly db: Database.Database) {}

  /** The open shift (at most one: the partial unique index of migration 008). */
  open(): ShiftRow | undefined {
    return this.db.prepare(`SELECT ${SHIFT_COLUMNS} FROM shift WHERE closed_at IS NULL`).get() as ShiftRow | undefined;
  }

  get(id: number): ShiftRow | undefined {
    return this.db.prepare(`SELECT ${SHIFT_COLUMNS} FROM shift WHERE id = ?`).get(id) as ShiftRow | undefined;
  }

  byRequestId(requestId: string): ShiftRow | undefined {
    return this.db.prepare(`SELECT ${SHIFT_COLUMNS} FROM shift WHERE request_id = ?`).get(requestId) as ShiftRow | undefined;
  }

  byCloseRequestId(requestId: string): ShiftRow | undefined {
    return this.db.prepare(`SELECT ${SHIFT_COLUMNS} FROM shift WHERE close_request_id = ?`).get(requestId) as ShiftRow | undefined;
  }

  /** Shifts opened on the business days from..to (inclusive), oldest first. */
  between(from: string, to: string): ShiftRow[] {
    return this.db.prepare(`SELECT ${SHIFT_COLUMNS} FROM shift WHERE business_day BETWEEN ? AND ? ORDER BY business_day, id`).all(from, to) as ShiftRow[];
  }

  insert(shift: NewShift): number {
    const info = this.db
      .prepare(
        `INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float, opening_difference, opening_cause, opening_reason, user_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(shift.requestId, shift.cashier, shift.businessDay, shift.openedAt, shift.openingFloat, shift.openingDifference, shift.openingCause, shift.openingReason, actingUserId());
    return Number(info.lastInsertRowid);
  }

  close(id: number, closing: ShiftClosing): void {
    this.db
      .prepare(
        `UPDATE shift SET closed_at = @closedAt, close_request_id = @closeRequestId, expected_cash = @expectedCash,
           counted_cash = @countedCash, difference = @difference, difference_reason = @differenceReason,
           denominations_json = @denominationsJson, closed_by_user_id = @closedByUserId
         WHERE id = @id AND closed_at IS NULL`,
      )
      .run({ ...closing, id, closedByUserId: actingUserId() });
  }
}
