/**
 * Ayoconnect (ex-Ayopop) bill-payment response codes. Range semantics are from the provider's docs
 * (docs.pipe.ayopop.id "Error Code Ranges", quoted in shared/providers.md §3.4):
 *   0-99 success · 100-199 failed and balance refunded · 200-299 processing · 300 inquiry ok ·
 *   301-399 inquiry failed · anything outside 0-399 (timeouts, gateways) = treat as processing.
 * Messages are the provider's own wording where the docs or fixtures show it; the rest follow the
 * same style and are marked in docs/providers/ayoconnect.md as our choice.
 */
export interface BilingualMessage {
  ID: string;
  EN: string;
}

export const RC = {
  SUCCESS: 0,
  OPERATOR_ISSUE: 100,
  DUPLICATE_TRANSACTION: 102,
  WRONG_NUMBER: 103,
  DUPLICATE_TRANSACTION_ALT: 108,
  AMOUNT_NOT_MATCHED: 114,
  INQUIRY_SERVICE_DOWN: 181,
  REF_NUMBER_NOT_AVAILABLE: 183,
  INQUIRY_NOT_AVAILABLE: 185,
  TRANSACTION_NOT_FOUND: 188,
  GENERAL_ERROR: 199,
  PROCESSING: 299,
  INQUIRY_SUCCESS: 300,
  BILL_OVER_THREE_MONTHS: 301,
  BILL_NOT_AVAILABLE: 303,
  WRONG_CUSTOMER_NUMBER: 304,
  BILL_ALREADY_PAID: 309,
  PRODUCT_UNAVAILABLE: 311,
  INQUIRY_EXPIRED: 312,
  INQUIRY_NOT_MATCHED: 313,
  BAD_REQUEST: 321,
  REPEATED_WITHIN_30_MIN: 330,
  PRODUCT_NOT_FOUND: 341,
  UNAUTHORISED: 401,
} as const;

export const rcMessages: Record<number, BilingualMessage> = {
  [RC.SUCCESS]: { ID: 'Transaksi Anda Telah Berhasil', EN: 'Your transaction was successful' },
  [RC.OPERATOR_ISSUE]: { ID: 'Transaksi Gagal, Gangguan Operator', EN: 'Transaction Failed, Operator Issue' },
  [RC.DUPLICATE_TRANSACTION]: { ID: 'Transaksi Gagal, Transaksi Duplikat', EN: 'Transaction Failed, Duplicate Transaction' },
  [RC.WRONG_NUMBER]: {
    ID: 'Transaksi Gagal, Nomor yang Anda Masukkan Salah/Expired',
    EN: 'Your transaction failed, wrong number',
  },
  [RC.AMOUNT_NOT_MATCHED]: { ID: 'Transaksi Gagal, Jumlah Pembayaran Tidak Sesuai', EN: 'Payment amount not matched' },
  [RC.INQUIRY_SERVICE_DOWN]: { ID: 'Layanan inkuiri sedang gangguan', EN: 'Inquiry service is down' },
  [RC.INQUIRY_NOT_AVAILABLE]: { ID: 'Inkuiri tidak tersedia', EN: 'Inquiry is not available' },
  [RC.TRANSACTION_NOT_FOUND]: { ID: 'transaksi tidak tersedia', EN: 'transaction is not available' },
  [RC.GENERAL_ERROR]: { ID: 'Transaksi Gagal, Saldo Tidak Mencukupi', EN: 'Transaction failed, insufficient balance' },
  [RC.PROCESSING]: { ID: 'Transaksi sedang dalam proses', EN: 'Your transaction is processing' },
  [RC.INQUIRY_SUCCESS]: { ID: 'Inkuiri berhasil', EN: 'Inquiry is successful' },
  [RC.BILL_OVER_THREE_MONTHS]: {
    ID: 'Tagihan lebih dari 3 bulan, silakan bayar di kantor PLN',
    EN: 'Bill is more than three months',
  },
  [RC.BILL_NOT_AVAILABLE]: { ID: 'Tagihan tidak tersedia', EN: 'Bill is not available' },
  [RC.WRONG_CUSTOMER_NUMBER]: { ID: 'Nomor pelanggan salah', EN: 'Wrong customer number' },
  [RC.BILL_ALREADY_PAID]: { ID: 'Tagihan sudah terbayar', EN: 'Bill already paid' },
  [RC.PRODUCT_UNAVAILABLE]: { ID: 'Produk sedang tidak tersedia', EN: 'Product is currently unavailable' },
  [RC.INQUIRY_EXPIRED]: { ID: 'Inkuiri sudah kedaluwarsa', EN: 'Inquiry is expired' },
  [RC.INQUIRY_NOT_MATCHED]: { ID: 'Data inkuiri dan pembayaran tidak sesuai', EN: 'Inquiry and payment details not matching' },
  [RC.BAD_REQUEST]: { ID: 'Permintaan tidak valid', EN: 'Bad Request' },
  [RC.REPEATED_WITHIN_30_MIN]: { ID: 'Transaksi berulang dalam 30 menit', EN: 'Transaction repeated within 30 minutes' },
  [RC.PRODUCT_NOT_FOUND]: { ID: 'Produk tidak ditemukan', EN: 'Product not found' },
  [RC.UNAUTHORISED]: { ID: 'Akses tidak sah', EN: 'Unauthorised access' },
};

/** Read calls (products, balance) have no documented success code; the simulator answers 0. */
export const READ_OK_MESSAGE: BilingualMessage = { ID: 'Berhasil', EN: 'Success' };

export function messageFor(code: number): BilingualMessage {
  return rcMessages[code] ?? { ID: 'Transaksi Gagal', EN: 'Transaction failed' };
}

/**
 * Codes in the "failed and refunded" range that say nothing reliable about OUR earlier attempt:
 * duplicates (102/108: maybe our own first request), ref-number problems (183) and not-found (188).
 * They map to `unknown` and go to reconciliation by status.
 */
export const IDENTITY_CODES: ReadonlySet<number> = new Set([
  RC.DUPLICATE_TRANSACTION,
  RC.DUPLICATE_TRANSACTION_ALT,
  RC.REF_NUMBER_NOT_AVAILABLE,
  RC.TRANSACTION_NOT_FOUND,
]);

/** Documented payment rejections outside 100-199: the inquiry was expired or did not match. */
export const PAYMENT_REJECTION_CODES: ReadonlySet<number> = new Set([RC.INQUIRY_EXPIRED, RC.INQUIRY_NOT_MATCHED]);

/** Inquiry failures worth retrying later (provider-side trouble, not the customer's number). */
export const RETRYABLE_INQUIRY_CODES: ReadonlySet<number> = new Set([181, 184, 305, 310, 311, 317, 319, 323, 330, 364, 399]);
