/**
 * Loket's operator vocabulary. Providers name the same brand differently ("Three" / "Tri",
 * "GoPay E-Money" / "GO-PAY", "Indosat Ooredoo" / "ISAT", "smart"), and the product id is built from
 * the canonical name, so this is the one place that decides which spellings are the same brand.
 */
export const MOBILE_OPERATORS = ['telkomsel', 'by.u', 'indosat', 'xl', 'axis', 'tri', 'smartfren'] as const;
export const WALLETS = ['ovo', 'gopay', 'dana', 'shopeepay', 'linkaja'] as const;

export const OPERATOR_NAMES: Record<string, string> = {
  telkomsel: 'Telkomsel',
  'by.u': 'by.U',
  indosat: 'Indosat',
  xl: 'XL',
  axis: 'Axis',
  tri: 'Tri',
  smartfren: 'Smartfren',
  pln: 'PLN',
  ovo: 'OVO',
  gopay: 'GoPay',
  dana: 'DANA',
  shopeepay: 'ShopeePay',
  linkaja: 'LinkAja',
};

// Order matters: by.U is checked before Telkomsel (its lists say "Telkomsel by.U" at times).
const MOBILE_PATTERNS: [string, RegExp][] = [
  ['by.u', /\bby\s?\.?\s?u\b|\bbyu\b/],
  ['telkomsel', /\btelkomsel\b|\btsel\b|\bsimpati\b/],
  ['indosat', /\bindosat\b|\bisat\b|\bim3\b/],
  ['xl', /\bxl\b/],
  ['axis', /\baxis\b/],
  ['tri', /\btri\b|\bthree\b/],
  ['smartfren', /\bsmartfren\b|\bsmart\b/],
];

const WALLET_PATTERNS: [string, RegExp][] = [
  ['ovo', /\bovo\b/],
  ['gopay', /\bgo\s?-?\s?pay\b/],
  ['dana', /\bdana\b/],
  ['shopeepay', /\bshopee\s?-?\s?pay\b|\bshopee\b/],
  ['linkaja', /\blink\s?aja\b/],
];

function words(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9.]+/g, ' ');
}

function firstMatch(patterns: [string, RegExp][], text: string): string | null {
  const haystack = ` ${words(text)} `;
  for (const [id, pattern] of patterns) if (pattern.test(haystack)) return id;
  return null;
}

/** The mobile operator a provider's brand text names, or null. */
export function mobileOperatorOf(text: string): string | null {
  return firstMatch(MOBILE_PATTERNS, text);
}

/** The e-wallet a provider's brand text names, or null. */
export function walletOf(text: string): string | null {
  return firstMatch(WALLET_PATTERNS, text);
}

export function operatorName(operator: string): string {
  return OPERATOR_NAMES[operator] ?? operator;
}
