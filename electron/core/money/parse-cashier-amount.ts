import { MoneyError, rupiah, type Rupiah } from './rupiah';

/**
 * What a cashier types: "10000", "10.000", "Rp 10.000", "Rp10.000,00". Dots group thousands
 * (Indonesian style); a comma may only introduce zero sen. "1,5", "-5000", "abc" and empty text are
 * refused with a message the cashier can act on. The result is always > 0: no operation takes a
 * zero or negative amount from the keyboard.
 */
const CASHIER = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,0{1,2})?$/i;

export function parseCashierAmount(input: unknown): Rupiah {
  if (typeof input === 'number') {
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
  const value = Number((match[1] ?? '').replace(/\./g, ''));
  if (value <= 0) throw new MoneyError('Nominal harus lebih dari nol.');
  return rupiah(value);
}

function invalid(text: string): MoneyError {
  return new MoneyError(
    `Nominal "${text}" tidak valid. Tulis rupiah bulat tanpa sen, misalnya 10000 atau 10.000.`,
  );
}
