import { AppError } from '../errors/app-error';
import { normalisePhone } from './phone';
import type { ProductCategory } from './types';

/**
 * What a customer number looks like per category: a mobile number for pulsa, data and e-wallets
 * (e-wallets are keyed by the phone number), a meter or customer id for PLN tokens, digits for
 * bills (PLN IDPEL, BPJS virtual account, PDAM and Telkom numbers, contract numbers).
 */
export function normaliseCustomer(category: ProductCategory, input: string): string {
  if (category === 'pulsa' || category === 'data' || category === 'ewallet') return normalisePhone(input);
  const digits = input.trim().replace(/[\s\-.()]/g, '');
  if (digits === '') throw new AppError('invalid_input', category === 'pln_token' ? 'Nomor meter PLN wajib diisi.' : 'Nomor pelanggan wajib diisi.');
  if (!/^\d+$/.test(digits)) throw new AppError('invalid_input', `Nomor pelanggan "${input.trim().slice(0, 40)}" hanya boleh berisi angka.`);
  if (category === 'pln_token') {
    // 11 digits: the meter number; 12 digits: the customer id (IDPEL). Both identify a prepaid meter.
    if (digits.length !== 11 && digits.length !== 12) {
      throw new AppError('invalid_input', `Nomor meter/ID pelanggan PLN harus 11 atau 12 angka (tertulis ${digits.length}).`);
    }
    return digits;
  }
  if (digits.length < 6 || digits.length > 20) {
    throw new AppError('invalid_input', `Nomor pelanggan harus 6 sampai 20 angka (tertulis ${digits.length}).`);
  }
  return digits;
}
