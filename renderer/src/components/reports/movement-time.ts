/**
 * When a movement happened, in the outlet's zone: the clock alone for a one-day report, day and
 * clock for a range ("24 Nov 14.05"). The zone is the outlet's (app:info), not the PC's.
 */
export function movementTime(epochMs: number, singleDay: boolean, timeZone: string | undefined, locale: string): string {
  const options: Intl.DateTimeFormatOptions = singleDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(epochMs);
  } catch {
    // An unknown zone name must not blank the table.
    return new Intl.DateTimeFormat(locale, options).format(epochMs);
  }
}

/** "Sen, 24 Nov" for a per-day row: a business day is a date, formatted in UTC so it never shifts. */
export function shortBusinessDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
