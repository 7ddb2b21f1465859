import { MoneyError, rupiah, type Rupiah } from './rupiah';

/**
 * Providers send money as numbers (55000, 55000.0), as plain strings ("20500", "1000000.00") and
 * as strings with English thousands separators ("99,999", "385,000"). Each format is parsed here,
 * once, at the provider edge; anything else (fractions of a rupiah, Indonesian dot grouping that
 * could be read two ways, words, empty text) is rejected rather than guessed.
 */
const PLAIN = /^-?\d+(?:\.(\d{1,2}))?$/;
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.(\d{1,2}))?$/;

export function parseProviderAmount(input: unknown): Rupiah {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || !Number.isInteger(input)) {
      throw new MoneyError(`Nominal dari provider bukan rupiah bulat: ${String(input)}`);
    }
    return rupiah(input);
  }
  if (typeof input !== 'string') {
    throw new MoneyError(`Nominal dari provider tidak dikenali: ${describe(input)}`);
  }
  const text = input.trim();
  const match = PLAIN.exec(text) ?? GROUPED.exec(text);
  if (!match) throw new MoneyError(`Nominal dari provider tidak dikenali: "${input}"`);
  const fraction = match[1];
  if (fraction !== undefined && /[1-9]/.test(fraction)) {
    throw new MoneyError(`Nominal dari provider memiliki pecahan rupiah: "${input}"`);
  }
  const whole = text.replace(/\.\d+$/, '').replace(/,/g, '');
  return rupiah(Number(whole));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'kosong';
  return typeof value;
}
