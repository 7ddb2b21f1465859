/**
 * A number with decimals in the UI language's convention: Indonesian writes "13,8" and "1.234,5",
 * English "13.8" and "1,234.5". Providers send kWh and similar as text ("13.8", "13,80"): that is
 * accepted too. Text that is not a number is returned as sent (never blanked).
 */
export function formatDecimal(value: number | string, locale: string, maxFractionDigits = 2): string {
  const parsed = typeof value === 'number' ? value : parseDecimalText(value);
  if (parsed === null || !Number.isFinite(parsed)) return String(value).trim();
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(parsed);
}

/** "13.8", "13,8", "1234.50" -> a number; anything else (letters, two separators) -> null. */
function parseDecimalText(raw: string): number | null {
  const m = /^(-?\d+)(?:[.,](\d+))?$/.exec(raw.trim());
  if (!m) return null;
  return Number(m[2] ? `${m[1]}.${m[2]}` : m[1]);
}
