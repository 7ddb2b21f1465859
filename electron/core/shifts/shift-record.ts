import type { ChannelOutput } from '../api/contract';

export type ShiftView = ChannelOutput<'shifts:open'>;
export type DenominationCount = Record<string, number>;
export type OpeningCause = 'owner_float' | 'unexplained';

/** One row of `shift` (migration 008) as the screens get it. */
export const SHIFT_COLUMNS = `id, request_id AS requestId, cashier, business_day AS businessDay, opened_at AS openedAt,
  opening_float AS openingFloat, opening_difference AS openingDifference,
  opening_cause AS openingCause, opening_reason AS openingReason, closed_at AS closedAt,
  close_request_id AS closeRequestId, expected_cash AS expectedCash, counted_cash AS countedCash, difference,
  difference_reason AS differenceReason, denominations_json AS denominationsJson,
  user_id AS userId, closed_by_user_id AS closedByUserId`;

export interface ShiftRow {
  id: number;
  requestId: string;
  cashier: string;
  businessDay: string;
  openedAt: number;
  openingFloat: number;
  openingDifference: number;
  openingCause: OpeningCause | null;
  openingReason: string | null;
  closedAt: number | null;
  closeRequestId: string | null;
  expectedCash: number | null;
  countedCash: number | null;
  difference: number | null;
  differenceReason: string | null;
  denominationsJson: string | null;
  /** Who opened it / closed it (migration 014): the signed-in user; null for shifts from before users. */
  userId: number | null;
  closedByUserId: number | null;
}

export function toShiftView(row: ShiftRow): ShiftView {
  return {
    id: row.id,
    cashier: row.cashier,
    businessDay: row.businessDay,
    openedAt: row.openedAt,
    openingFloat: row.openingFloat,
    openingDifference: row.openingDifference,
    openingCause: row.openingCause,
    openingReason: row.openingReason,
    closedAt: row.closedAt,
    expectedCash: row.expectedCash,
    countedCash: row.countedCash,
    difference: row.difference,
    differenceReason: row.differenceReason,
    denominations: row.denominationsJson ? (JSON.parse(row.denominationsJson) as DenominationCount) : null,
    userId: row.userId,
    closedByUserId: row.closedByUserId,
  };
}
