import type { OutletTimeZone } from '../clock/business-day';
import { KIND_LABEL, labelOf, NO_SHIFT_LABEL, PROVIDER_LABEL, REFUND_LABEL, REROUTED_LABEL, STATE_LABEL } from './labels';
import type { ExportSaleRow } from './sale-export-row';
import { businessDayDate, wallClockDate } from './wall-clock';

/** How a column is shown: a wall-clock date-time, a date, integer rupiah, a count, or text. */
export type CellType = 'datetime' | 'date' | 'money' | 'count' | 'text';
export type TransaksiCell = Date | number | string | null;

export interface ExportColumn {
  header: string;
  type: CellType;
  /** Excel width in characters. */
  width: number;
}

/** The number formats of the typed cells (integer rupiah; dates the way Indonesian owners read them in a sheet). */
export const NUM_FMT: Record<Exclude<CellType, 'text'>, string> = {
  datetime: 'yyyy-mm-dd hh:mm:ss',
  date: 'yyyy-mm-dd',
  money: '"Rp" #,##0',
  count: '#,##0',
};

/** The Transaksi sheet (and the CSV): one row per sale, in this order. */
export const TRANSAKSI_COLUMNS: readonly ExportColumn[] = [
  { header: 'Waktu', type: 'datetime', width: 20 },
  { header: 'Hari usaha', type: 'date', width: 12 },
  { header: 'Ref', type: 'text', width: 22 },
  { header: 'Jenis', type: 'text', width: 12 },
  { header: 'Penyedia', type: 'text', width: 12 },
  { header: 'Produk', type: 'text', width: 30 },
  { header: 'Nomor pelanggan', type: 'text', width: 18 },
  { header: 'Nama pelanggan', type: 'text', width: 24 },
  { header: 'Status', type: 'text', width: 12 },
  { header: 'Harga jual', type: 'money', width: 14 },
  { header: 'Modal', type: 'money', width: 14 },
  { header: 'Laba', type: 'money', width: 12 },
  { header: 'Pengembalian', type: 'text', width: 20 },
  { header: 'SN / token', type: 'text', width: 28 },
  { header: 'Ref penyedia', type: 'text', width: 22 },
  { header: 'Kasir', type: 'text', width: 16 },
  { header: 'Pesan penyedia', type: 'text', width: 40 },
];

/**
 * One sale as its Transaksi cells, in TRANSAKSI_COLUMNS order (the bench writes these same cells
 * raw with the same library). Cost and margin are the settled money, so they are filled only for
 * a successful sale: cost is what the provider charged (its believed report, else the catalogue
 * cost, as the success posting used), margin = price - cost. A sale with a commission (a flight:
 * NTA charged, the agent bonus earned) counts it as Laporan does (sale_day_total, migration 012):
 * cost = charged + commission, margin = price - cost + commission, i.e. price - NTA. Summing either
 * column gives Laporan's Modal and Laba of the day; a failed or open sale has no cost of sales yet.
 * A refused attempt that was rerouted is listed (it was sent) but says so: the sale is its next
 * attempt's row.
 */
export function transaksiCells(sale: ExportSaleRow, zone: OutletTimeZone): TransaksiCell[] {
  const success = sale.state === 'success';
  const commission = sale.commission ?? 0;
  const cost = success ? (sale.reportedCost ?? sale.cost) + commission : null;
  return [
    wallClockDate(sale.createdAt, zone),
    businessDayDate(sale.businessDay),
    sale.refId,
    labelOf(KIND_LABEL, sale.kind),
    labelOf(PROVIDER_LABEL, sale.provider),
    sale.productName,
    sale.customerNo,
    sale.customerName ?? '',
    sale.rerouted ? REROUTED_LABEL : labelOf(STATE_LABEL, sale.state),
    sale.price,
    cost,
    cost === null ? null : sale.price - cost + commission,
    labelOf(REFUND_LABEL, sale.refund),
    sale.serial ?? '',
    sale.providerRef ?? '',
    kasir(sale),
    sale.message ?? '',
  ];
}

/**
 * Kasir: who sold, i.e. the signed-in user the sale records. A sale with no user (made before users
 * existed, or by background work) falls back to its shift's cashier, the name typed when that shift
 * was opened and the only record of who stood at the counter then; "Tanpa shift" when neither.
 */
function kasir(sale: ExportSaleRow): string {
  return sale.seller ?? sale.cashier ?? NO_SHIFT_LABEL;
}
