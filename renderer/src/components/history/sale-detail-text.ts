import { formatBillPeriods } from '../../format/bill-period';
import { formatDecimal } from '../../format/decimal';
import { formatRupiah } from '../../format/rupiah';
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
  const path = `history.detailKey.${key}`;
  return te(path) ? t(path) : humanizeKey(key);
}

/** Keys whose value is whole rupiah (the bill the customer agreed to, IAK's bill amounts). */
const MONEY_KEYS = new Set(['tagihan', 'admin', 'total', 'nominal', 'price', 'bayar', 'biaya_loket']);
const PERIOD_KEYS = new Set(['periode', 'periods', 'period', 'BL/TH']);
const DECIMAL_KEYS = new Set(['kwh']);

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
