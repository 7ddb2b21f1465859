import { createHash } from 'node:crypto';
import qrModule from 'pdfmake/js/qrEnc.js';
import type { Receipt } from './receipt-model';
import { layoutReceipt, PAPER_COLUMNS, type LayoutRow, type PaperWidth } from './receipt-layout';

const qrEncoder = 'default' in qrModule ? qrModule.default : qrModule;

const PAPER_MM: Record<PaperWidth, 58 | 80> = { '58mm': 58, '80mm': 80 };
/** Thermal heads print ~48 mm of 58 mm paper and ~72 mm of 80 mm. */
export const PRINTABLE_MM: Record<PaperWidth, number> = { '58mm': 48, '80mm': 72 };
/** Monospace fonts advance 0.60-0.61 em: sized so a full row of the paper's columns fits the printable width. */
const fontMm = (paper: PaperWidth) => Math.floor((PRINTABLE_MM[paper] / (PAPER_COLUMNS[paper] * 0.61)) * 1000) / 1000;

/**
 * The receipt as one self-contained HTML page for silent printing on an OS printer: the same
 * laid-out rows as the thermal bytes and the PDF, in a monospace font, on a body as wide as the
 * paper. Nothing is loaded (no script, font, image or URL): the CSP allows only this page's own
 * style (by hash), and the QR is inline SVG. The shell measures the height and sets the page size.
 */
export function receiptToHtml(receipt: Receipt, paper: PaperWidth): string {
  const style = pageStyle(paper);
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  const rows = layoutReceipt(receipt, paper).map(rowHtml).join('');
  return (
    `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<title>Struk ${escapeHtml(receipt.qrPayload)}</title><style>${style}</style></head>` +
    `<body><main class="receipt">${rows}</main></body></html>`
  );
}

function pageStyle(paper: PaperWidth): string {
  const font = fontMm(paper);
  return [
    '@page{margin:0}',
    'html,body{margin:0;padding:0;background:#fff;color:#000}',
    `body{width:${PAPER_MM[paper]}mm}`,
    `.receipt{width:${PRINTABLE_MM[paper]}mm;margin:0 auto;padding:2mm 0 6mm;font-family:"Courier New",Courier,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:${font}mm;line-height:1.2}`,
    '.row{white-space:pre;overflow:hidden}',
    '.center{text-align:center}.right{text-align:right}.bold{font-weight:bold}',
    // Double height alone (titles) gets a double line; double width and height (the token) a double font.
    '.tall{line-height:2.4}',
    `.big{font-size:${font * 2}mm}`,
    `.qr{display:block;width:${Math.round(PRINTABLE_MM[paper] * 0.6)}mm;margin:1.5mm auto 0}`,
  ].join('');
}

function rowHtml(row: LayoutRow): string {
  if (row.type === 'qr') return qrSvg(row.payload);
  const classes = ['row', row.align !== 'left' ? row.align : '', row.bold ? 'bold' : '', row.width === 2 ? 'big' : row.height === 2 ? 'tall' : ''];
  // An empty row still takes its line.
  return `<div class="${classes.filter(Boolean).join(' ')}">${escapeHtml(row.text) || '&nbsp;'}</div>`;
}

/** The QR as one SVG path of unit squares, with the 4-module quiet zone the standard asks for. */
export function qrSvg(payload: string): string {
  const { _width, _canvas } = qrEncoder.measure({ qr: payload, eccLevel: 'M' });
  const module = _canvas[1]?.w ?? 5;
  const size = Math.round(_width / module);
  // The first rect is the white background; the rest are the dark modules.
  const path = _canvas
    .slice(1)
    .map((r) => `M${Math.round(r.x / module) + 4} ${Math.round(r.y / module) + 4}h1v1h-1z`)
    .join('');
  const side = size + 8;
  return `<svg class="qr" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img" aria-label="QR ${escapeHtml(payload)}"><path fill="#000" d="${path}"/></svg>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}
