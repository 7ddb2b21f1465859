import type { CurrentShift, Shift, ShiftReport } from '../../../renderer/src/stores/shift';
import type { DayRecap } from '../../../renderer/src/stores/day';

/** A shift as the core's shiftView writes it; override what a test is about. */
export function shiftView(overrides: Partial<Shift> = {}): Shift {
  return {
    id: 1,
    cashier: 'Sari',
    businessDay: '2025-11-24',
    openedAt: 1_764_000_000_000,
    openingFloat: 500_000,
    openingDifference: 0,
    openingCause: null,
    openingReason: null,
    closedAt: null,
    expectedCash: null,
    countedCash: null,
    difference: null,
    differenceReason: null,
    denominations: null,
    userId: null,
    closedByUserId: null,
    ...overrides,
  };
}

const totals = { successCount: 0, gross: 0, margin: 0, pendingCount: 0, failedCount: 0, refundsPaid: 0, cashDifference: 0, byCategory: [] };

export function currentShift(overrides: Partial<Shift> = {}, expectedCash = 500_000): CurrentShift {
  return { shift: shiftView(overrides), expectedCash, totals };
}

export function shiftReport(overrides: Partial<Shift> = {}): ShiftReport {
  return { shift: shiftView({ closedAt: 1_764_003_600_000, ...overrides }), totals, cashMovements: [], carriedOver: [] };
}

export function dayRecap(overrides: Partial<DayRecap> = {}): DayRecap {
  return {
    day: '2025-11-24',
    closed: false,
    closedAt: null,
    shifts: [],
    openShifts: 0,
    successCount: 0,
    gross: 0,
    margin: 0,
    pendingCount: 0,
    failedCount: 0,
    cashDifference: 0,
    autoExport: null,
    ...overrides,
  };
}
