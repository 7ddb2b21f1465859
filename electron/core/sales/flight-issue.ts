import { AppError } from '../errors/app-error';
import { formatRupiah } from '../money';
import { newRefId } from './ref-id';
import type { NewAttempt } from './sale-book';
import type { SaleRecord } from './sale-record';
import type { SaleRepo } from './sale-repo';

/**
 * Issuing a booked flight ticket (MMBC getissued-json) is a sale like any other: committed
 * write-ahead, sent once, settled by the same book and ledger. The booking code is known before
 * sending, so a lost issue answer is checked by getstatusbooking-json, never issued again.
 */
export interface FlightIssueInput {
  /** Idempotency: a double click joins the first issue. */
  requestId: string;
  /** Becomes the sale's customer_no AND provider_ref (MMBC checks by it). */
  bookingCode: string;
  /** e.g. "Tiket Pesawat JT-690 CGK-DPS". */
  productName: string;
  /** The booking's contact name. */
  customerName: string | null;
  /** What the customer pays (the booking's selling price). */
  price: number;
  /** flight_shownta (NTA): what issuing debits the MMBC deposit. */
  cost: number;
  /** flight_bonus_agen, >= 0. */
  commission: number;
  /** Keys: kodeBooking, maskapai, penerbangan, rute, berangkat, penumpang. */
  details: Record<string, string | number>;
}

export type IssueFlight = (input: FlightIssueInput) => Promise<SaleRecord>;

const BOOKING_CODE = /^[A-Z0-9]{4,12}$/;

/**
 * The issue as a sale attempt, or a clear refusal (nothing written). Amounts must add up: the
 * customer's price covers the NTA (the bonus is already deducted from it), else the sale would
 * lose money by design (a wrong fare passed in). A booking already issued or being issued is not issued again.
 */
export function flightAttempt(input: FlightIssueInput, repo: SaleRepo, now: number): NewAttempt {
  const code = input.bookingCode.trim().toUpperCase();
  if (!BOOKING_CODE.test(code)) throw new AppError('invalid_input', `Kode booking "${input.bookingCode}" tidak valid.`);
  const whole = (n: number) => Number.isSafeInteger(n);
  if (!whole(input.price) || input.price <= 0) throw new AppError('invalid_input', 'Harga jual tiket harus lebih dari Rp0 (rupiah bulat).');
  if (!whole(input.cost) || input.cost <= 0) throw new AppError('invalid_input', 'Harga NTA tiket harus lebih dari Rp0 (rupiah bulat).');
  if (!whole(input.commission) || input.commission < 0) throw new AppError('invalid_input', 'Komisi tiket tidak boleh negatif (rupiah bulat).');
  // MMBC's NTA is the total fare minus the bonus: the bonus is already off what the deposit pays, so
  // it never covers a price below the NTA (price 1.000.000, NTA 1.500.000, bonus 600.000 loses 500.000).
  if (input.cost > input.price) {
    throw new AppError(
      'invalid_input',
      `Harga jual ${formatRupiah(input.price)} lebih kecil dari NTA ${formatRupiah(input.cost)} (yang dipotong dari deposit MMBC): periksa harga tiket. Tidak ada yang dicatat.`,
    );
  }
  const productId = `flight:${code}`;
  const taken = repo.recentSame([productId], code, 0).find((sale) => sale.state !== 'failed');
  if (taken) {
    throw new AppError(
      'conflict',
      taken.state === 'success' ? `Booking ${code} sudah di-issue (transaksi #${taken.id}).` : `Booking ${code} sedang di-issue (transaksi #${taken.id}); tunggu hasilnya.`,
    );
  }
  return {
    requestId: input.requestId,
    refId: newRefId(now),
    kind: 'flight',
    provider: 'mmbc',
    productId,
    providerCode: code,
    productName: input.productName.trim() || `Tiket Pesawat ${code}`,
    customerNo: code,
    customerName: input.customerName,
    inquiryId: null,
    price: input.price,
    cost: input.cost,
    commission: input.commission,
    // MMBC is asked about an issue by the booking code: it is the reference from the start.
    providerRef: code,
    details: { ...input.details, kodeBooking: code },
    itrx: null,
    reroutedFrom: null,
  };
}
