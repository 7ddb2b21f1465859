import type { SaleState } from './state-machine';

/** A sale state in the words the cashier and the owner read (screens, history lines, exports). */
export const STATE_LABEL: Record<SaleState, string> = {
  committed: 'Dicatat',
  sent: 'Dikirim',
  pending: 'Diproses',
  unknown: 'Belum pasti',
  success: 'Berhasil',
  failed: 'Gagal',
};
