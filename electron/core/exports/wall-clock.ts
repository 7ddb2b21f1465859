import { timeZones, type OutletTimeZone } from '../clock/business-day';

/**
 * Spreadsheet dates have no time zone: a cell holds the wall-clock time the owner expects to read.
 * exceljs writes a Date by its UTC fields, so the Date handed to it is built with Date.UTC from the
 * outlet's wall clock (a sale at 21:05 WIB is the Date whose UTC fields say 21:05). Indonesia has
 * no daylight saving, so the wall clock is the instant plus the zone's fixed offset.
 */
export function wallClockDate(atMs: number, zone: OutletTimeZone): Date {
  // The instant moved by the zone's offset, cut to the whole second: its UTC fields are the wall clock.
  // (One Date per cell: this runs for every row of a 150,000-row export.)
  return new Date(Math.floor((atMs + timeZones[zone].offsetHours * 3_600_000) / 1000) * 1000);
}

/** Business days seen, as their spreadsheet dates: a range has at most a year of them, and every row repeats one. */
const dayDates = new Map<string, Date>();

/** A business day 'YYYY-MM-DD' as a date-only spreadsheet value (midnight of that day). Shared: never mutate it. */
export function businessDayDate(day: string): Date {
  let date = dayDates.get(day);
  if (!date) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    date = new Date(Date.UTC(y, m - 1, d));
    if (dayDates.size > 1_000) dayDates.clear();
    dayDates.set(day, date);
  }
  return date;
}

/** The wall-clock Date as CSV text: 'YYYY-MM-DD HH:mm:ss' (or 'YYYY-MM-DD' for a date-only value). */
export function formatWallClock(date: Date, dateOnly = false): string {
  const iso = date.toISOString();
  return dateOnly ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
