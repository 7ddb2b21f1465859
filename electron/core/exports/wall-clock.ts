import { timeZones, type OutletTimeZone } from '../clock/business-day';

/**
 * Spreadsheet dates have no time zone: a cell holds the wall-clock time the owner expects to read.
 * exceljs writes a Date by its UTC fields, so the Date handed to it is built with Date.UTC from the
 * outlet's wall clock (a sale at 21:05 WIB is the Date whose UTC fields say 21:05). Indonesia has
 * no daylight saving, so the wall clock is the instant plus the zone's fixed offset.
 */
export function wallClockDate(atMs: number, zone: OutletTimeZone): Date {
  const shifted = new Date(atMs + timeZones[zone].offsetHours * 3_600_000);
  return new Date(
    Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate(), shifted.getUTCHours(), shifted.getUTCMinutes(), shifted.getUTCSeconds()),
  );
}

/** A business day 'YYYY-MM-DD' as a date-only spreadsheet value (midnight of that day). */
export function businessDayDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The wall-clock Date as CSV text: 'YYYY-MM-DD HH:mm:ss' (or 'YYYY-MM-DD' for a date-only value). */
export function formatWallClock(date: Date, dateOnly = false): string {
  const iso = date.toISOString();
  return dateOnly ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
