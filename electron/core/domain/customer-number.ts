/**
 * The shape a customer's number must have to be worth asking the core about: digits, optionally a
 * leading +, grouped with spaces or dashes, 8–16 digits. Checked at the contract (no imports, so the
 * renderer's typecheck can build the schema from it); the full rule for a mobile number (Indonesian
 * prefix, 10–13 digits, stored in local form) is the catalogue's, applied in the core.
 */
export const CUSTOMER_NUMBER_MIN_DIGITS = 8;
export const CUSTOMER_NUMBER_MAX_DIGITS = 16;
export const CUSTOMER_NUMBER_MESSAGE = `Nomor pelanggan hanya boleh berisi angka (boleh diawali +, dipisah spasi atau tanda hubung), ${CUSTOMER_NUMBER_MIN_DIGITS}–${CUSTOMER_NUMBER_MAX_DIGITS} digit.`;

export function looksLikeCustomerNumber(input: string): boolean {
  const text = input.trim();
  if (!/^\+?[\d -]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= CUSTOMER_NUMBER_MIN_DIGITS && digits <= CUSTOMER_NUMBER_MAX_DIGITS;
}
