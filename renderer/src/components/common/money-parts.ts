import { formatRupiah, formatSignedRupiah } from '../../format/rupiah';

/**
 * formatRupiah's text cut after each thousands dot ("Rp 999.", "999.", ... "999"): the only places an
 * amount may break when a tile is too narrow for it. Joined, the parts are exactly the formatted text.
 */
export function moneyParts(amount: number | null | undefined, signed = false): string[] {
  if (amount === null || amount === undefined) return ['—'];
  const text = signed ? formatSignedRupiah(amount) : formatRupiah(amount);
  return text.split(/(?<=\.)/);
}
