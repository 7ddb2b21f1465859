import { describe, expect, it } from 'vitest';
import { displaySpelling } from '../../../electron/core/catalog/product-identity';

/** Issue 12 QA: one spelling per word in the names the counter shows, whichever provider wrote them. */
describe('displaySpelling', () => {
  it('writes "Kab." as "Kabupaten", as the other billers do', () => {
    expect(displaySpelling('PDAM Tirta Buana Kab. Bojonegoro')).toBe('PDAM Tirta Buana Kabupaten Bojonegoro');
    expect(displaySpelling('Perumda Tirta Kahuripan Kab Bogor')).toBe('Perumda Tirta Kahuripan Kabupaten Bogor');
  });

  it('writes XL\'s HotRod one way, however a provider cased it', () => {
    expect(displaySpelling('XL Xtra Hotrod 1GB 7 Hari')).toBe('XL Xtra HotRod 1GB 7 Hari');
    expect(displaySpelling('XL HOTROD 3GB 30 Hari')).toBe('XL HotRod 3GB 30 Hari');
  });

  it('leaves words that only contain those letters alone ("Kabupaten", "Kota", "Kabel")', () => {
    for (const name of ['PDAM Tirta Bhagasasi Kabupaten Bekasi', 'PDAM Kota Bekasi', 'Kabel Vision']) {
      expect(displaySpelling(name)).toBe(name);
    }
  });
});
