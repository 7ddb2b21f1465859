/**
 * Bill periods as month names in the UI language: "202603" -> "Maret 2026" (id) / "March 2026"
 * (en). Providers write periods as "202603", "2026-03", "Agu 2026", "JAN19", several joined by
 * "," or ";". Text that is not a period is kept as the provider wrote it.
 */

/** First three letters, Indonesian and English spellings (providers write "Agu"/"Aug", "Des"/"Dec", "Mei"/"May"). */
const SHORT_MONTHS: Record<string, number> = {
  jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, mei: 5, may: 5, jun: 6, jul: 7, agu: 8, agt: 8, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, nop: 11, des: 12, dec: 12,
};

function monthYear(month: number, year: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

/** One period as words ("Maret 2026"); unrecognised text is returned trimmed, as sent. */
export function formatBillPeriod(raw: string, locale: string): string {
  // "202604–202611" (en dash): the core's range for a bill the provider sent only as its first and last month.
  const range = raw.split('–');
  if (range.length === 2) return `${formatBillPeriod(range[0]!, locale)} – ${formatBillPeriod(range[1]!, locale)}`;
  const text = raw.trim();
  const numeric = /^(\d{4})[-/]?(\d{2})$/.exec(text);
  if (numeric) {
    const month = Number(numeric[2]);
    if (month >= 1 && month <= 12) return monthYear(month, Number(numeric[1]), locale);
  }
  const named = /^([A-Za-z]{3})[A-Za-z]*[\s-]*'?(\d{4}|\d{2})$/.exec(text);
  if (named) {
    const month = SHORT_MONTHS[named[1]!.toLowerCase()];
    const year = Number(named[2]!.length === 2 ? `20${named[2]}` : named[2]);
    if (month) return monthYear(month, year, locale);
  }
  return text;
}

/** Every period in a provider's list, one entry each (show one per line): "202603,202610" -> ["Maret 2026", "Oktober 2026"]. */
export function formatBillPeriods(raw: string, locale: string): string[] {
  return raw
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => formatBillPeriod(p, locale));
}

/**
 * A bill's months as the cashier reads them, one entry per line, and how many months it covers:
 * the core's `jumlahBulan` when it gave one (a range "April 2026 – November 2026" is 8 months, not 1).
 */
export function billMonths(bill: { periods: { period: string }[]; details: Record<string, string | number> }, locale: string): { months: string[]; count: number } {
  const months = bill.periods.flatMap((line) => (line.period ? formatBillPeriods(line.period, locale) : []));
  const stated = bill.details.jumlahBulan;
  return { months, count: typeof stated === 'number' && stated > 0 ? stated : months.length };
}
