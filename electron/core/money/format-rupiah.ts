import type { Rupiah } from './rupiah';

/**
 * "Rp 10.000" / "-Rp 5.000" in plain ASCII. Receipts, exports and logs need the same bytes on every
 * machine, so this does not depend on the ICU data the runtime happens to ship.
 */
export function formatRupiah(amount: Rupiah | number): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}Rp ${grouped}`;
}
