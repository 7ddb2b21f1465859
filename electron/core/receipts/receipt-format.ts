import { timeZones, type OutletTimeZone } from '../clock/business-day';

/**
 * Small, locale-free formatters for receipts. Like formatRupiah they never depend on the ICU data a
 * runtime ships: a receipt must read the same on every machine.
 */
export const MONTHS_ID = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** "30/11/2026 20:45 WIB": the instant in the outlet's own zone (fixed offsets, no daylight saving). */
export function formatReceiptTime(atMs: number, zone: OutletTimeZone): string {
  const { offsetHours, label } = timeZones[zone];
  const d = new Date(atMs + offsetHours * 3_600_000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} ${label}`;
}

/** First three letters, Indonesian and English spellings (providers write "Agu", "Aug", "Des", "Dec", "Mei", "May"). */
const SHORT_MONTHS: Record<string, number> = {
  jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, mei: 5, may: 5, jun: 6, jul: 7, agu: 8, agt: 8, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, nop: 11, des: 12, dec: 12,
};

/**
 * One billing period as words: "202603" -> "Maret 2026", "Agu 2026" -> "Agustus 2026",
 * "JAN19" -> "Januari 2019". Anything else is shown as the provider wrote it.
 */
export function periodName(raw: string): string {
  // "202604–202611": the core's range for a bill sent only as its first and last month.
  const range = raw.split('–');
  if (range.length === 2) return `${periodName(range[0]!)} – ${periodName(range[1]!)}`;
  const text = raw.trim();
  const numeric = /^(\d{4})[-/]?(\d{2})$/.exec(text);
  if (numeric) {
    const month = Number(numeric[2]);
    if (month >= 1 && month <= 12) return `${MONTHS_ID[month - 1]} ${numeric[1]}`;
  }
  const named = /^([A-Za-z]{3})[A-Za-z]*[\s-]*'?(\d{4}|\d{2})$/.exec(text);
  if (named) {
    const month = SHORT_MONTHS[named[1]!.toLowerCase()];
    const year = named[2]!.length === 2 ? `20${named[2]}` : named[2];
    if (month) return `${MONTHS_ID[month - 1]} ${year}`;
  }
  return text;
}

/** A list of periods as the providers send it ("202603,202610", "Agu 2026, Sep 2026") as month names. */
export function periodNames(raw: string): string[] {
  return raw
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(periodName);
}

/** kWh with the Indonesian decimal comma: "13.8" -> "13,8", "1234.50" -> "1.234,50". */
export function formatKwh(raw: string | number): string {
  const text = String(raw).trim();
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!m) return text;
  const whole = m[1]!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return m[2] ? `${whole},${m[2]}` : whole;
}

/** The 20-digit PLN token as five groups of four; null when the text holds no 20-digit token. */
export function tokenGroups(raw: string): string[] | null {
  const digits = raw.replace(/[\s-]/g, '');
  if (!/^\d{20}$/.test(digits)) return null;
  return digits.match(/\d{4}/g) ?? null;
}
