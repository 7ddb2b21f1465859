import type { SaleState } from './state-machine';

/**
 * A sale state in the words the cashier and the owner read (history lines, exports). The screens
 * carry the same words in renderer/src/i18n/selling-id.ts (they cannot import the core);
 * test/unit/sales/state-label.test.ts keeps the two equal.
 */
export const STATE_LABEL: Record<SaleState, string> = {
  committed: 'Dicatat',
  sent: 'Dikirim',
  pending: 'Diproses',
  unknown: 'Belum pasti',
  success: 'Berhasil',
  failed: 'Gagal',
};
