/** Clock time of a journal entry in the outlet's time zone (WIB by default), not the PC's. */
export function formatClock(epochMs: number, timeZone: string | undefined, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(epochMs);
  } catch {
    // An unknown zone name must not blank the journal.
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(epochMs);
  }
}

/** "Senin, 24 November 2025" for a business day "2025-11-24". */
export function formatBusinessDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}
