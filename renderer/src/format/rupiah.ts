const rupiahFormat = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  maximumFractionDigits: 0,
});

/** Rupiah the Indonesian way ("Rp 1.250.000") in every UI language: it is the currency's convention. */
export function formatRupiah(amount: number): string {
  return rupiahFormat.format(amount);
}

/** A credit/debit shown with an explicit sign, for journal postings. */
export function formatSignedRupiah(amount: number): string {
  return amount > 0 ? `+${formatRupiah(amount)}` : formatRupiah(amount);
}

const PLAIN = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d{1,15})$/i;

/**
 * For the confirmation step only: how the typed text reads as rupiah when that is unambiguous
 * (plain digits or dot-grouped thousands). Anything else returns null and the confirmation shows
 * the text as typed; the core parses and decides, this never replaces its check.
 */
export function previewRupiah(text: string): string | null {
  const match = PLAIN.exec(text.trim());
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(/\./g, ''));
  return value > 0 && Number.isSafeInteger(value) ? formatRupiah(value) : null;
}
