import type { MmbcBooking } from '../providers/mmbc';

/**
 * MMBC's postbooking answer is untrusted input: a booking is saved only when its code is a booking
 * code and its amounts hold together, because the NTA and the bonus are what the issue will debit
 * and what the outlet keeps. The docs give total = publish fare + tax (+ baggage bought), the
 * sample NTA = total − agent bonus. Returns the problem in Indonesian, or null when the answer holds.
 */
export const BOOKING_CODE = /^[A-Z0-9]{4,12}$/;

export function bookingAnswerProblem(b: MmbcBooking): string | null {
  const code = normalBookingCode(b.bookingCode);
  if (!BOOKING_CODE.test(code)) return `kode booking "${String(b.bookingCode)}" tidak valid`;
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);
  const bonus = b.agentBonus ?? 0;
  if (![b.publishFare, b.tax, b.totalFare, b.ntaPrice, bonus].every(whole)) return 'harga bukan rupiah bulat';
  if (b.publishFare < 0 || b.tax < 0) return `harga dasar ${b.publishFare} atau pajak ${b.tax} negatif`;
  // The seed: totalfare = "harga tiket final setelah dikenakan biaya pajak dan bagasi": baggage bought
  // at booking is in the total, and some airlines send publishfare 0. So the total may exceed publish + tax, never fall short.
  if (b.totalFare <= 0 || b.publishFare + b.tax > b.totalFare) return `harga dasar ${b.publishFare} + pajak ${b.tax} lebih dari total ${b.totalFare}`;
  if (b.ntaPrice <= 0 || b.ntaPrice > b.totalFare) return `NTA ${b.ntaPrice} tidak di antara Rp1 dan total ${b.totalFare}`;
  if (bonus < 0 || bonus > b.totalFare - b.ntaPrice) return `bonus agen ${bonus} tidak di antara 0 dan total ${b.totalFare} − NTA ${b.ntaPrice}`;
  return null;
}

export function normalBookingCode(code: unknown): string {
  return typeof code === 'string' ? code.trim().toUpperCase() : '';
}
