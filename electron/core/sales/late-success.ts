import type { AlertResolution } from '../domain/alert-resolutions';
import { formatRupiah } from '../money';
import type { MoneyOutcome } from '../providers/outcome';
import type { SaleRecord } from './sale-record';

/**
 * A success reported for a sale Loket had already failed: the provider delivered (and usually
 * charged) while the customer's money is owed or was handed back. Nothing settles it by itself;
 * the owner records what really happened with one of these outcomes.
 */
export type { AlertResolution };

export const RESOLUTION_LABEL: Record<AlertResolution, string> = {
  charged_paid_again: 'Provider memotong deposit; pelanggan menyimpan produk dan membayar lagi',
  charged_written_off: 'Provider memotong deposit; pelanggan menyimpan produk, biaya ditanggung outlet',
  reversed: 'Provider membatalkan transaksinya; tidak ada uang berpindah',
};

type Success = Extract<MoneyOutcome, { status: 'success' }>;

/** What the provider said, kept on the sale as the owner's evidence. */
export function lateSuccessEvidence(outcome: Success): string {
  const parts = [outcome.message.trim() || 'Sukses'];
  if (outcome.serial) parts.push(`SN ${outcome.serial}`);
  if (outcome.providerRef) parts.push(`ref provider ${outcome.providerRef}`);
  if (outcome.cost !== undefined) parts.push(`dipotong ${formatRupiah(outcome.cost)}`);
  return parts.join(' · ').slice(0, 1000);
}

export function lateSuccessNote(sale: SaleRecord, evidence: string): string {
  const money =
    sale.refund === 'due'
      ? 'uang pelanggan masih harus dikembalikan'
      : sale.refund === 'paid'
        ? 'uang pelanggan sudah dikembalikan'
        : 'uang pelanggan dipakai untuk percobaan di provider lain';
  return (
    `PERINGATAN: ${sale.provider.toUpperCase()} melaporkan BERHASIL untuk transaksi yang sudah dicatat gagal (${money}). ` +
    `Pemilik harus memutuskan di panel Proses. Bukti: ${evidence}`
  );
}
