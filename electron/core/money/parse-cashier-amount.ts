import { ENTRY_LIMIT_HARD_CAP, tooLargeMessage } from './limits';
import { MoneyError, rupiah, type Rupiah } from './rupiah';

/**
 * What a cashier types: "10000", "10.000", "Rp 10.000", "Rp10.000,00". Dots group thousands
 * (Indonesian style); a comma may only introduce zero sen. "1,5", "-5000", "abc" and empty text are
 * refused with a message the cashier can act on. The result is always > 0: no operation takes a
 * zero or negative amount from the keyboard, nor one above `max` (the hard cap unless the caller
 * holds it to a lower limit): "Jumlah terlalu besar: paling banyak Rp …", checked on the digits so
 * a number too long for JavaScript gets the same sentence.
 */
const CASHIER = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,0{1,2})?$/i;

export function parseCashierAmount(input: unknown, max: Rupiah = ENTRY_LIMIT_HARD_CAP, perTransaction = false): Rupiah {
  if (typeof input === 'number') {
    if (Number.isFinite(input) && Number.isInteger(input) && input > max) throw new MoneyError(tooLargeMessage(max, perTransaction));
    if (!Number.isSafeInteger(input) || input <= 0) throw invalid(String(input));
    return rupiah(input);
  }
  if (typeof input !== 'string' || input.trim() === '') {
    throw new MoneyError('Nominal wajib diisi.');
  }
  const text = input.trim();
  if (text.startsWith('-')) throw new MoneyError('Nominal harus lebih dari nol.');
  const match = CASHIER.exec(text);
  if (!match) throw invalid(text);
  const digits = (match[1] ?? '').replace(/\./g, '').replace(/^0+(?=\d)/, '');
  if (exceeds(digits, max)) throw new MoneyError(tooLargeMessage(max, perTransaction));
  const value = Number(digits);
  if (value <= 0) throw new MoneyError('Nominal harus lebih dari nol.');
  return rupiah(value);
}

/** Compared as text: "100000000000000000000" is past any limit without turning into 1e20 first. */
function exceeds(digits: string, max: Rupiah): boolean {
  const limit = String(max);
  return digits.length !== limit.length ? digits.length > limit.length : digits > limit;
}

function invalid(text: string): MoneyError {
  return new MoneyError(
    `Nominal "${text}" tidak valid. Tulis rupiah bulat tanpa sen, misalnya 10000 atau 10.000.`,
  );
}
