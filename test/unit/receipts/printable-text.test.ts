import { describe, expect, it } from 'vitest';
import { printableText } from '../../../electron/core/receipts/printable-text';

describe('printableText (names cleaned for the printer code page)', () => {
  it('strips accents instead of printing "?"', () => {
    expect(printableText('Café Déwi Ñoño Müller')).toBe('Cafe Dewi Nono Muller');
  });

  it('maps curly quotes, dashes and ellipsis to their ASCII forms', () => {
    expect(printableText('“Toko Jum’at” — buka 08.00–21.00…')).toBe('"Toko Jum\'at" - buka 08.00-21.00...');
  });

  it('drops emoji (also joined and flag sequences) and squeezes the space they leave', () => {
    expect(printableText('Konter 😀 Berkah 👨‍👩‍👧 🇮🇩 Jaya ❤️')).toBe('Konter Berkah Jaya');
  });

  it('keeps plain ASCII as is and makes tabs, newlines and no-break spaces single spaces', () => {
    expect(printableText('Jl. Merdeka No. 10\tRT 01/02\nBandung\u00A0Kota')).toBe('Jl. Merdeka No. 10 RT 01/02 Bandung Kota');
  });

  it('leaves only printable ASCII whatever comes in', () => {
    const out = printableText('ß Æ Ø Ł 東京 ½ ™ © ①');
    expect(out).toMatch(/^[\x20-\x7E]*$/);
    expect(out.startsWith('ss AE O L')).toBe(true);
  });
});
