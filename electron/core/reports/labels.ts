import type { ProviderId } from '../domain/provider-id';
import type { SaleKind } from '../domain/sale-kind';

/** The names the owner reads in Laporan (Bahasa Indonesia, as on the screens). */
export const CATEGORY_LABEL: Record<SaleKind, string> = {
  pulsa: 'Pulsa',
  data: 'Paket data',
  ewallet: 'E-wallet',
  pln_token: 'Token PLN',
  bill: 'Tagihan',
  flight: 'Tiket pesawat',
};

export const PROVIDER_LABEL: Record<ProviderId, string> = { mmbc: 'MMBC', iak: 'IAK', ayoconnect: 'Ayoconnect', klikoo: 'Klikoo' };

/** Sales made before shifts existed (or outside one) have no cashier. */
export const NO_SHIFT_LABEL = 'Tanpa shift';
