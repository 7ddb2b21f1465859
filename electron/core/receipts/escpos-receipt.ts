import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { Receipt } from './receipt-model';
import { layoutReceipt, PAPER_COLUMNS, type PaperWidth } from './receipt-layout';

/**
 * The encoder's profiles for the common Chinese clones: POS-5890 (58 mm, 32 columns) and POS-8360
 * (80 mm, 48 columns); most unbranded 58/80 mm printers answer to the same commands.
 */
const PRINTER_MODEL: Record<PaperWidth, 'pos-5890' | 'pos-8360'> = { '58mm': 'pos-5890', '80mm': 'pos-8360' };

/**
 * ESC/POS bytes for one receipt, through @point-of-sale/receipt-printer-encoder (never hand-made
 * escape codes): the laid-out rows, the transaction number as a QR code, then a paper cut.
 */
export function receiptToEscPos(receipt: Receipt, paper: PaperWidth): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({ printerModel: PRINTER_MODEL[paper], columns: PAPER_COLUMNS[paper] });
  encoder.initialize().codepage('auto');
  for (const row of layoutReceipt(receipt, paper)) {
    if (row.type === 'qr') {
      encoder.newline().align('center').qrcode(row.payload, { model: 2, size: 6, errorlevel: 'm' }).align('left');
      continue;
    }
    encoder.align(row.align).bold(row.bold).size(row.width, row.height).line(row.text).size(1, 1).bold(false).align('left');
  }
  // A few empty rows so the last text clears the cutter (the profile's feedBeforeCut adds the rest).
  return encoder.newline(2).cut('partial').encode();
}
