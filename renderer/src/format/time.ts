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

/** "Min, 21 Des 2026": a travel date (YYYY-MM-DD, a calendar day with no zone) short enough for a row. */
export function formatShortDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** Indonesia's own zone names: en-GB would write "GMT+7" where a cashier reads "WIB". */
const ZONE_LABELS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** "24 Nov 2025, 14.05 WIB": a moment in the outlet's time zone, with the zone named (WIB/WITA/WIT in every language). */
export function formatDateTime(epochMs: number, timeZone: string | undefined, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  const label = timeZone ? ZONE_LABELS[timeZone] : undefined;
  try {
    if (label) return `${new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(epochMs)} ${label}`;
    return new Intl.DateTimeFormat(locale, { ...options, timeZoneName: 'short', timeZone }).format(epochMs);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZoneName: 'short' }).format(epochMs);
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 menit yang lalu" / "5 minutes ago"; under a minute reads "sekarang" / "now". */
export function formatRelative(epochMs: number, now: number, locale: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const diff = epochMs - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.trunc(diff / ms), unit);
  }
  return rtf.format(0, 'second');
}
