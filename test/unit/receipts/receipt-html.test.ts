import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { receiptToHtml } from '../../../electron/core/receipts/receipt-html';
import { field, rule, text, title, type Receipt } from '../../../electron/core/receipts/receipt-model';
import { layoutReceipt } from '../../../electron/core/receipts/receipt-layout';

const receipt: Receipt = {
  saleId: 7,
  slip: 'receipt',
  copy: 'original',
  qrPayload: 'LKT-20261130-0007',
  lines: [
    title('Konter <Maju> & "Jaya"'),
    rule(),
    field('Produk', 'Token PLN 20.000'),
    { type: 'token', groups: ['1234', '5678', '9012', '3456', '7890'] },
    text(''),
    { type: 'qr', payload: 'LKT-20261130-0007' },
  ],
};

const styleOf = (html: string) => /<style>(.*)<\/style>/s.exec(html)?.[1] ?? '';
const rowsOf = (html: string) => [...html.matchAll(/<div class="row[^"]*">(.*?)<\/div>/g)].map((m) => m[1]);

describe('receipt HTML for silent printing', () => {
  it('loads nothing: no script, URL or external resource, and a CSP that allows only its own style by hash', () => {
    const html = receiptToHtml(receipt, '58mm');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import|https?:/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(styleOf(html), 'utf8').digest('base64');
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`);
    expect(html).not.toContain('style="');
  });

  it('lays out to the printable width of the paper in a monospace font', () => {
    const narrow = styleOf(receiptToHtml(receipt, '58mm'));
    expect(narrow).toContain('body{width:58mm}');
    expect(narrow).toMatch(/\.receipt\{width:48mm;margin:0 auto;/);
    expect(narrow).toContain('monospace');
    const wide = styleOf(receiptToHtml(receipt, '80mm'));
    expect(wide).toContain('body{width:80mm}');
    expect(wide).toMatch(/\.receipt\{width:72mm;/);
    // A full row of columns at 0.61 em per character stays inside the printable width.
    for (const [style, columns, printable] of [[narrow, 32, 48], [wide, 48, 72]] as const) {
      const font = Number(/font-size:([\d.]+)mm;line-height/.exec(style)?.[1]);
      expect(font * 0.61 * columns).toBeLessThanOrEqual(printable);
    }
  });

  it('prints the same rows as the thermal layout, escaped, with the token large and empty rows kept', () => {
    const html = receiptToHtml(receipt, '58mm');
    const textRows = layoutReceipt(receipt, '58mm').filter((r) => r.type === 'text');
    const rows = rowsOf(html);
    expect(rows).toHaveLength(textRows.length);
    expect(rows[0]).toBe('Konter &lt;Maju&gt; &amp; &quot;Jaya&quot;');
    expect(html).toContain('<div class="row center bold big">1234-5678-9012</div>');
    expect(html).toContain('<div class="row">&nbsp;</div>');
    expect(html).toContain('<div class="row center bold tall">');
  });

  it('draws the QR inline as SVG with a quiet zone', () => {
    const html = receiptToHtml(receipt, '80mm');
    const svg = /<svg class="qr" viewBox="0 0 (\d+) \1"[^>]*><path fill="#000" d="([^"]+)"\/><\/svg>/.exec(html);
    expect(svg).not.toBeNull();
    const side = Number(svg?.[1]);
    // Version n is 17 + 4n modules, plus 4 on each side.
    expect((side - 8 - 17) % 4).toBe(0);
    const squares = [...(svg?.[2] ?? '').matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(squares.length).toBeGreaterThan(50);
    // The top-left finder pattern's corner is dark and the quiet zone is empty.
    expect(squares).toContainEqual([4, 4]);
    expect(squares.every(([x, y]) => x! >= 4 && y! >= 4 && x! < side - 4 && y! < side - 4)).toBe(true);
  });
});
