import { AppError } from '../errors/app-error';
import { rupiah } from '../money';
import type { KlikooClient } from '../providers/klikoo';
import type { SaleCatalog } from './catalog-port';

/**
 * Shows the cashier whose e-wallet is about to be topped up, so a mistyped number is caught before
 * the money moves. Only Klikoo documents a prepaid inquiry that names the holder; for products it
 * does not offer the answer says the name is not available, and the sale can go on.
 */
export async function inquireEwalletName(
  catalog: SaleCatalog,
  klikoo: () => KlikooClient,
  input: { productId: string; customerNo: string },
): Promise<{ customerName: string | null; message: string }> {
  const route = catalog.route(input.productId);
  if (!route || route.category !== 'ewallet') throw new AppError('not_found', 'Produk e-wallet tidak ditemukan.');
  const customerNo = catalog.normaliseCustomer('ewallet', input.customerNo);
  const offer = route.offers.find((o) => o.provider === 'klikoo');
  if (!offer) return { customerName: null, message: 'Nama pemilik akun tidak tersedia untuk produk ini.' };
  const result = await klikoo().inquirePrepaid({ productCode: offer.providerCode, customerNumber: customerNo, amount: rupiah(offer.cost) });
  if (!result.ok) {
    if (result.retryable) return { customerName: null, message: `Nama pemilik akun tidak dapat dicek: ${result.message}` };
    throw new AppError('invalid_input', result.message);
  }
  return { customerName: result.value.customerName || null, message: result.value.message };
}
