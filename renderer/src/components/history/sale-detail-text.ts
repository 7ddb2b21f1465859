import { formatBillPeriods } from '../../format/bill-period';
import { formatDecimal } from '../../format/decimal';
import { formatRupiah } from '../../format/rupiah';
import { formatDateTime } from '../../format/time';
import type { SaleEvent } from '../../format/sale';

type T = (key: string) => string;
type Te = (key: string) => boolean;

/**
 * Words for a sale's detail: the providers' detail keys (IAK token/customerName/segment/power/kwh,
 * the bill's tagihan/admin/total/periode, Ayoconnect periods/bill1, Klikoo transactionTime...) and
 * the history steps the core writes (sales/sale-book.ts).
 */

/** "customerName" -> "Customer name", "desc.tarif" -> "Desc tarif", "biaya_loket" -> "Biaya loket". */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** A detail key's label in the UI language; a key without one still reads as words. */
export function detailLabel(key: string, t: T, te: Te): string {
  // "desc.tarif" is one key, not a path into the messages: its label is detailKey.desc_tarif.
  const path = `history.detailKey.${key.replace(/\./g, '_')}`;
  return te(path) ? t(path) : humanizeKey(key);
}

/** Keys whose value is whole rupiah (the bill the customer agreed to, IAK's bill amounts). */
const MONEY_KEYS = new Set(['tagihan', 'admin', 'total', 'nominal', 'price', 'bayar', 'biaya_loket']);
const PERIOD_KEYS = new Set(['periode', 'periods', 'period', 'BL/TH']);
const DECIMAL_KEYS = new Set(['kwh']);

/**
 * Fields a cashier reads in the sale's main list (the customer's token, tariff, the bill's months and
 * sums, a note); every other detail key is the provider's own record (codes, its clock, its status
 * words) and goes in the collapsed "Data dari penyedia".
 */
const MAIN_KEYS = new Set([
  'token', 'pin', 'ticket_number', 'customerName', 'segment', 'power', 'kwh', 'desc.tarif', 'desc.daya',
  'periode', 'periods', 'period', 'BL/TH', 'jumlahBulan', 'tagihan', 'admin', 'total', 'biaya_loket', 'bayar', 'selisihHarga', 'catatan',
]);

export interface DetailRow {
  key: string;
  label: string;
  value: string;
}

interface DetailWords {
  t: T;
  te: Te;
  intl: string;
  timeZone: string | undefined;
}

/** A key that names a time (IAK datetime, Klikoo transactionTime, tanggal...). */
const TIME_KEY = /time|date|waktu|tanggal|tgl/i;

/**
 * A provider's timestamp as a moment: "20261201073535" (IAK/MMBC write their WIB wall clock) or ISO
 * 8601 with a zone ("2026-12-01T00:35:27Z"). Null when it is not one.
 */
export function providerMoment(value: string): number | null {
  const compact = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (compact) {
    const [y, mo, d, h, mi, se] = compact.slice(1).map(Number) as [number, number, number, number, number, number];
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) return null;
    return Date.UTC(y, mo - 1, d, h - 7, mi, se);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const at = Date.parse(value);
    return Number.isNaN(at) ? null : at;
  }
  return null;
}

/**
 * The sale's details split for the detail panel: known fields labelled in the main list, the rest
 * as provider data. A detail whose value the panel already shows (number, name, message, ref, or
 * an earlier detail: IAK's `period` beside `periode`) is dropped, so nothing is shown twice.
 */
export function splitDetails(details: Record<string, string | number>, shown: readonly string[], words: DetailWords): { main: DetailRow[]; provider: DetailRow[] } {
  const seen = new Set(shown.map((v) => v.trim()).filter(Boolean));
  const main: DetailRow[] = [];
  const provider: DetailRow[] = [];
  const entries = Object.entries(details);
  const place = (key: string, value: string | number, into: DetailRow[], text: string) => {
    if (seen.has(String(value).trim()) || seen.has(text)) return;
    seen.add(String(value).trim());
    seen.add(text);
    into.push({ key, label: detailLabel(key, words.t, words.te), value: text });
  };
  for (const [key, value] of entries) {
    if (MAIN_KEYS.has(key)) place(key, value, main, detailValue(key, value, words.intl));
  }
  for (const [key, value] of entries) {
    if (MAIN_KEYS.has(key)) continue;
    const at = typeof value === 'string' && TIME_KEY.test(key) ? providerMoment(value.trim()) : null;
    place(key, value, provider, at === null ? detailValue(key, value, words.intl) : formatDateTime(at, words.timeZone, words.intl));
  }
  return { main, provider };
}

/** A detail value as the cashier reads it; several bill periods come back one per line ("\n"). */
export function detailValue(key: string, value: string | number, intl: string): string {
  if (MONEY_KEYS.has(key) && typeof value === 'number') return formatRupiah(value);
  if (DECIMAL_KEYS.has(key)) return formatDecimal(value, intl);
  if (PERIOD_KEYS.has(key)) return formatBillPeriods(String(value), intl).join('\n');
  if (typeof value === 'number') return new Intl.NumberFormat(intl).format(value);
  return value;
}

/**
 * What a step of the sale's history was. A change of state reads "Dikirim → Gagal"; a step that
 * keeps the state (a refund paid, a late signal, the owner's decision, another "still processing")
 * says what happened instead of "Gagal → Gagal". The kind is read from the core's own sentences
 * (sale-book.ts), which are fixed Indonesian texts.
 */
export function eventStep(event: SaleEvent, t: T): string {
  const state = (s: string) => t(`selling.state.${s}`);
  if (event.from === null) return state(event.to);
  if (event.from !== event.to) return `${state(event.from)} → ${state(event.to)}`;
  const detail = event.detail;
  if (/dikembalikan ke pelanggan$/.test(detail) && event.source === 'cashier') return t('history.step.refundPaid');
  if (/harus dikembalikan ke pelanggan$/.test(detail)) return t('history.step.refundOwed');
  if (/^Sinyal .+ diabaikan/.test(detail)) return t('history.step.signalIgnored');
  if (/^Keputusan pemilik/.test(detail)) return t('history.step.ownerDecision');
  if (/^Sinyal (success|berhasil) lagi/.test(detail) || event.to === 'failed') return t('history.step.lateSuccess');
  if (event.to === 'pending') return t('history.step.stillPending');
  if (event.to === 'unknown') return t('history.step.stillUnknown');
  return state(event.to);
}
