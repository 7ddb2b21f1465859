/** A business-day range as the report channels take it: "YYYY-MM-DD", both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

export const RANGE_PRESETS = ['today', 'yesterday', 'last7', 'thisMonth'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/**
 * Calendar arithmetic on business days. A business day is a date, not a moment: counting in UTC
 * keeps a day a day (no DST or PC time zone can turn "+1" into 23 or 25 hours).
 */
export function addDays(day: string, days: number): string {
  const at = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(at).toISOString().slice(0, 10);
}

/** The presets, counted from the outlet's business day (from `app:info`), never the PC's clock. */
export function presetRange(preset: RangePreset, today: string): DayRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday': {
      const yesterday = addDays(today, -1);
      return { from: yesterday, to: yesterday };
    }
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 8)}01`, to: today };
  }
}

/** Which preset (if any) a range is, so the button shows as chosen also after typing the dates. */
export function presetOf(range: DayRange, today: string): RangePreset | null {
  return RANGE_PRESETS.find((p) => sameRange(presetRange(p, today), range)) ?? null;
}

export function sameRange(a: DayRange | null, b: DayRange | null): boolean {
  return a !== null && b !== null && a.from === b.from && a.to === b.to;
}

export function isSingleDay(range: DayRange): boolean {
  return range.from === range.to;
}

/** Whether a sale made today can change this range's figures (live refresh is only worth it then). */
export function includesDay(range: DayRange, day: string): boolean {
  return range.from <= day && day <= range.to;
}
