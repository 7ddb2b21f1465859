import { printableText } from './printable-text';

/**
 * One receipt as lines, independent of paper and printer. Every renderer (ESC/POS bytes, the PDF,
 * the on-screen preview) lays out these same lines, so what the cashier previews is what prints.
 * All text is already printer-safe (printableText) when it lands here.
 */
export type ReceiptLine =
  /** Centred, bold, double height: the outlet name and the slip's title. */
  | { type: 'title'; text: string }
  | { type: 'text'; text: string; align: 'left' | 'center'; bold: boolean }
  /** "Label      value": on one line when it fits the paper, else the value under its label. */
  | { type: 'field'; label: string; value: string; bold: boolean }
  /** A PLN token: printed large, grouped 4-4-4-4-4. */
  | { type: 'token'; groups: string[] }
  | { type: 'rule' }
  | { type: 'qr'; payload: string };

export type SlipKind = 'receipt' | 'pending' | 'refund';

/** An original, or the Nth reprint (counted in receipt_print) and when it was printed. */
export type ReceiptCopy = { kind: 'original' } | { kind: 'duplicate'; reprintNumber: number; at: number };

export interface Receipt {
  saleId: number;
  slip: SlipKind;
  copy: ReceiptCopy['kind'];
  /** What the QR code holds: the transaction number, so a scan finds the sale in History. */
  qrPayload: string;
  lines: ReceiptLine[];
}

export const title = (text: string): ReceiptLine => ({ type: 'title', text: printableText(text) });

export const text = (value: string, options: { align?: 'left' | 'center'; bold?: boolean } = {}): ReceiptLine => ({
  type: 'text',
  text: printableText(value),
  align: options.align ?? 'left',
  bold: options.bold ?? false,
});

export const field = (label: string, value: string, bold = false): ReceiptLine => ({
  type: 'field',
  label: printableText(label),
  value: printableText(value),
  bold,
});

export const rule = (): ReceiptLine => ({ type: 'rule' });
