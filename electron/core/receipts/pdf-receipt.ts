import pdfmake from 'pdfmake';
import type { Receipt } from './receipt-model';
import { layoutReceipt, PAPER_COLUMNS, type PaperWidth } from './receipt-layout';

/**
 * The receipt as a PDF page exactly as wide as the paper (58 or 80 mm) and as tall as its content,
 * for saving, sending on WhatsApp and printing on an OS printer. It prints the same laid-out rows
 * as the thermal printer in Courier (PDF's built-in monospace font: nothing to embed or load), so
 * the PDF and the paper break lines in the same places.
 */
const FONTS = { normal: 'Courier', bold: 'Courier-Bold', italics: 'Courier-Oblique', bolditalics: 'Courier-BoldOblique' };
const STANDARD_FONTS = new Set(Object.values(FONTS));

pdfmake.setFonts({ Courier: FONTS });
// A receipt needs no file and no URL: only PDF's standard fonts may be "loaded".
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

const mm = (value: number) => (value * 72) / 25.4;

/** Printable width of the paper (thermal heads print ~48 mm of 58, ~72 mm of 80). */
const PRINTABLE_MM: Record<PaperWidth, number> = { '58mm': 48, '80mm': 72 };
const PAPER_MM: Record<PaperWidth, number> = { '58mm': 58, '80mm': 80 };
/** Courier advances 0.6 em per character: the font size at which one row of the paper's columns fills the printable width. */
const fontSize = (paper: PaperWidth) => Math.floor((mm(PRINTABLE_MM[paper]) / (PAPER_COLUMNS[paper] * 0.6)) * 100) / 100;

export function receiptPdfDefinition(receipt: Receipt, paper: PaperWidth): object {
  const side = mm((PAPER_MM[paper] - PRINTABLE_MM[paper]) / 2);
  const size = fontSize(paper);
  const content = layoutReceipt(receipt, paper).map((row) =>
    row.type === 'qr'
      ? { qr: row.payload, fit: mm(PRINTABLE_MM[paper] * 0.6), alignment: 'center', margin: [0, 6, 0, 0] }
      : {
          // An empty row still takes its line: a non-breaking space keeps the height.
          text: row.text || '\u00A0',
          alignment: row.align,
          bold: row.bold,
          fontSize: size * row.width,
          lineHeight: row.height === 2 && row.width === 1 ? 2 : 1.1,
          preserveLeadingSpaces: true,
        },
  );
  return {
    pageSize: { width: mm(PAPER_MM[paper]), height: 'auto' },
    pageMargins: [side, mm(4), side, mm(6)],
    defaultStyle: { font: 'Courier', fontSize: size },
    info: { title: `Struk ${receipt.qrPayload}`, creator: 'Loket' },
    content,
  };
}

export function receiptToPdf(receipt: Receipt, paper: PaperWidth): Promise<Buffer> {
  return pdfmake.createPdf(receiptPdfDefinition(receipt, paper)).getBuffer();
}
