/** Category, provider and "Tanpa shift" are Laporan's own words, so the export and the screen agree. */
export { CATEGORY_LABEL as KIND_LABEL, NO_SHIFT_LABEL, PROVIDER_LABEL } from '../reports/labels';

/** The words the owner reads in the export (Bahasa Indonesia, the same as the screens). */
export { STATE_LABEL } from '../sales/state-label';

/** A refused attempt whose sale went on with another provider: not a failure of its own, not a sale. */
export const REROUTED_LABEL = 'Dialihkan';

export const REFUND_LABEL = { none: '-', due: 'Belum dikembalikan', paid: 'Sudah dikembalikan' } as const;

/** Labels for unknown codes (a row written by a newer version) fall back to the code itself. */
export function labelOf<K extends string>(labels: Record<K, string>, code: string): string {
  return Object.prototype.hasOwnProperty.call(labels, code) ? labels[code as K] : code;
}

/**
 * The message of a finished CSV export. The CSV stays plain machine-readable text (no ="0812..."
 * tricks, which other readers keep as literal text), but Excel opening it directly turns
 * 081234567890 into a number (the 0 is lost) and rounds a 20-digit token: the owner is told how to
 * import it with those columns as text, or to use the .xlsx, where they are text cells.
 */
export const CSV_EXCEL_HINT =
  'Di Excel, buka lewat Data > Dari Teks/CSV dan atur kolom Nomor pelanggan dan SN / token sebagai Teks agar nomor 08... tidak kehilangan 0; atau gunakan ekspor Excel (.xlsx).';
