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
