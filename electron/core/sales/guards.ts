import { AppError } from '../errors/app-error';
import { formatRupiah } from '../money';
import type { RoutedProduct, SaleCatalog } from './catalog-port';
import type { SaleRepo } from './sale-repo';
import { isOpen } from './state-machine';

export const DUPLICATE_WINDOW_MS = 10 * 60_000;

export interface GuardInput {
  /** Every id the product has been sold under (an upgrade may have merged old per-provider ids into it). */
  productIds: readonly string[];
  customerNo: string;
  confirmDuplicate?: boolean;
  ownerOverride?: { reason: string };
}

/**
 * The commonest double charge in a real shop is the cashier selling again because the first one
 * "didn't go through". A repeat of the same product to the same number within 10 minutes needs an
 * explicit confirmation; while an earlier one is still unresolved it needs the owner's override.
 * Returns the note to keep in the sale's history.
 */
export function checkRepeatSale(repo: SaleRepo, input: GuardInput, now: number): string | null {
  const earlier = repo.recentSame(input.productIds, input.customerNo, now - DUPLICATE_WINDOW_MS);
  const unresolved = repo.openForCustomer(input.customerNo).filter((s) => input.productIds.includes(s.productId));
  if (unresolved.length > 0) {
    if (!input.ownerOverride) {
      const first = unresolved[0]!;
      throw new AppError(
        'needs_override',
        `Penjualan ${first.productName} ke ${input.customerNo} sebelumnya (ref ${first.refId}) masih diproses. ` +
          'Jangan ulangi: tunggu hasilnya. Hanya pemilik yang boleh memaksa penjualan baru.',
      );
    }
    return `Dipaksa pemilik saat transaksi sebelumnya masih diproses: ${input.ownerOverride.reason}`;
  }
  if (earlier.length > 0 && !input.confirmDuplicate && !input.ownerOverride) {
    const last = earlier.at(-1)!;
    const state = last.state === 'success' ? 'BERHASIL' : last.state === 'failed' ? 'GAGAL' : last.state;
    throw new AppError(
      'needs_confirmation',
      `${last.productName} ke ${input.customerNo} ${soldAgo(now, last.createdAt)} (${state}, ${formatRupiah(last.price)}). ` +
        'Yakin pelanggan ingin membeli lagi?',
    );
  }
  return earlier.length > 0 ? 'Penjualan ulang dalam 10 menit dikonfirmasi kasir' : null;
}

/**
 * A pulsa or data product of another operator than the number's (an Axis product for a Telkomsel
 * number) is refused unless the cashier confirmed it on screen. Returns the note to keep.
 */
export function checkOperator(catalog: SaleCatalog, route: RoutedProduct, customerNo: string, confirmed: boolean): string | null {
  if ((route.category !== 'pulsa' && route.category !== 'data') || !route.operator) return null;
  const mismatch = catalog.operatorMismatch?.(route.operator, customerNo);
  if (!mismatch) return null;
  if (!confirmed) {
    throw new AppError(
      'operator_mismatch',
      `Nomor ${customerNo} adalah nomor ${mismatch.number}, sedangkan ${route.name} untuk nomor ${mismatch.product}. ` +
        'Periksa nomor dan produknya; jual hanya jika pelanggan yakin (konfirmasi operator berbeda).',
    );
  }
  return `Operator berbeda dikonfirmasi kasir: nomor ${mismatch.number}, produk ${mismatch.product}`;
}

/** "baru saja dijual" under a minute (never "0 menit lalu"), then whole minutes: "sudah dijual 1 menit lalu". */
export function soldAgo(now: number, at: number): string {
  const minutes = Math.floor((now - at) / 60_000);
  return minutes < 1 ? 'baru saja dijual' : `sudah dijual ${minutes} menit lalu`;
}

export { isOpen };
