import { parseProviderAmount, type Rupiah } from '../../../money';

/** MMBC money text ("99,999", "385,000", "5630", 0) as Rupiah, or undefined when it does not parse. */
export function amountOf(value: unknown): Rupiah | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  try {
    return parseProviderAmount(value);
  } catch {
    return undefined;
  }
}

/** 08xx, 628xx, +62 8xx, "0812-3456-789" all compare as the same local number. */
export function sameNumber(a: string, b: string): boolean {
  return localNumber(a) === localNumber(b);
}

export function localNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
}

export function sameCode(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}
