/**
 * An outlet's business day runs midnight to midnight in its own time zone. Indonesia has no
 * daylight saving, so each zone is a fixed offset and no ICU time-zone data is needed.
 */
export const timeZones = {
  'Asia/Jakarta': { label: 'WIB', offsetHours: 7 },
  'Asia/Makassar': { label: 'WITA', offsetHours: 8 },
  'Asia/Jayapura': { label: 'WIT', offsetHours: 9 },
} as const;

export type OutletTimeZone = keyof typeof timeZones;

export const DEFAULT_TIME_ZONE: OutletTimeZone = 'Asia/Jakarta';

export function isOutletTimeZone(value: unknown): value is OutletTimeZone {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(timeZones, value);
}

/** 'YYYY-MM-DD' of the instant `atMs` in the outlet's zone. */
export function businessDayOf(atMs: number, zone: OutletTimeZone): string {
  const shifted = new Date(atMs + timeZones[zone].offsetHours * 3_600_000);
  return shifted.toISOString().slice(0, 10);
}
