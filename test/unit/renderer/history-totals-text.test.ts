import { expect, it } from 'vitest';
import { createLoketI18n } from '../../../renderer/src/i18n';
it('Riwayat totals: one sale, several sales (English), one form in Indonesian', () => {
  const en = createLoketI18n('en').global;
  const id = createLoketI18n('id').global;
  const args = (n: number) => ({ count: n, success: n, sum: 'Rp 1' });
  expect(en.t('history.totals', args(1), 1)).toBe('1 sale · 1 successful · Rp 1');
  expect(en.t('history.totals', args(3), 3)).toBe('3 sales · 3 successful · Rp 1');
  expect(id.t('history.totals', args(1), 1)).toBe('1 transaksi · 1 berhasil · Rp 1');
});
