import type { ProviderId } from '../domain/provider-id';
import type { ProductCategory } from '../domain/product-category';

/** The names the owner reads in Laporan (Bahasa Indonesia, as on the screens). */
export const CATEGORY_LABEL: Record<ProductCategory, string> = {
  pulsa: 'Pulsa',
  data: 'Paket data',
  ewallet: 'E-wallet',
  pln_token: 'Token PLN',
  bill: 'Tagihan',
};

export const PROVIDER_LABEL: Record<ProviderId, string> = { mmbc: 'MMBC', iak: 'IAK', ayoconnect: 'Ayoconnect', klikoo: 'Klikoo' };

/** Sales made before shifts existed (or outside one) have no cashier. */
export const NO_SHIFT_LABEL = 'Tanpa shift';
