/**
 * MMBC speaks Jakarta wall-clock time (WIB, UTC+7, no daylight saving) in four text formats.
 * Client and simulator share these so that what one writes the other reads back exactly.
 */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface WibParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function wibParts(epochMs: number): WibParts {
  const d = new Date(epochMs + WIB_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** "2018-01-01 01:00:00": the `tanggal` of isipulsa / cekstatus. */
export function formatTanggal(epochMs: number): string {
  const p = wibParts(epochMs);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** "2026-05-30": the WIB calendar day of an instant. */
export function wibIsoDate(epochMs: number): string {
  const p = wibParts(epochMs);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "24 Jan 2017 23:59": flight_timelimit and (with the departure time) flight_departure. */
export function formatTimeLimit(epochMs: number): string {
  const p = wibParts(epochMs);
  return `${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "20 Mar 2017 08:15" from an ISO date and a local "08:15". */
export function formatDeparture(isoDate: string, hhmm: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d} ${MONTHS[Number(m) - 1] ?? '???'} ${y} ${hhmm}`;
}

/** Reads "24 Jan 2017 23:59" as WIB; undefined when the text is not in that shape. */
export function parseTimeLimit(text: string): number | undefined {
  const m = /^\s*(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === (m[2] ?? '').toLowerCase());
  if (month < 0) return undefined;
  const utc = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]));
  return Number.isNaN(utc) ? undefined : utc - WIB_OFFSET_MS;
}

/** ISO "2026-05-30" -> MMBC "30-05-2026"; undefined when not a real calendar date. */
export function isoToDmy(isoDate: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/** MMBC "30-05-2026" -> ISO "2026-05-30"; undefined when not a real calendar date. */
export function dmyToIso(dmy: string): string | undefined {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(dmy.trim());
  if (!m || !isRealDate(Number(m[3]), Number(m[2]), Number(m[1]))) return undefined;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Whole days from ISO date a to ISO date b (b - a). */
export function daysBetween(isoA: string, isoB: string): number {
  return Math.round((Date.parse(`${isoB}T00:00:00Z`) - Date.parse(`${isoA}T00:00:00Z`)) / 86_400_000);
}

/** Day of week of an ISO date, 0 = Sunday. */
export function weekday(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}
