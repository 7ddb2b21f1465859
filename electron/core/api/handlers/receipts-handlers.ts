import type { Ledger } from '../../ledger';
import { receiptToPdf } from '../../receipts/pdf-receipt';
import { layoutReceipt, PAPER_COLUMNS } from '../../receipts/receipt-layout';
import { OS_PRINTERS_UNAVAILABLE } from '../../receipts/os-delivery';
import type { OsPrinterPort } from '../../receipts/os-printer-port';
import { prepareReceipt, printReceiptOnNetwork, printReceiptOnOs } from '../../receipts/receipt-printing';
import { readReceiptSettings, writeReceiptSettings } from '../../receipts/receipt-settings';
import { printTestPage } from '../../receipts/test-page';
import type { DeliveryOptions } from '../../receipts/network-printer';
import type { Handlers } from '../dispatch';

type ReceiptChannel = 'receipts:preview' | 'receipts:print' | 'receipts:pdf' | 'receipts:settings' | 'receipts:setSettings' | 'receipts:testPrint' | 'receipts:osPrinters';

/**
 * Receipts behind the contract. Every receipt comes from the records (prepareReceipt), laid out for
 * the configured paper; printing answers a reason instead of failing, because the sale is already done.
 * `osPrinters` is the desktop shell's port to the operating system's printers; headless mode has none.
 */
export function receiptHandlers(ledger: Ledger, options: { delivery?: DeliveryOptions; osPrinters?: OsPrinterPort } = {}): Pick<Handlers, ReceiptChannel> {
  const { delivery = {}, osPrinters } = options;
  return {
    'receipts:preview': ({ saleId }) => {
      const { paper } = readReceiptSettings(ledger.db);
      const receipt = prepareReceipt(ledger, saleId);
      return { saleId, refId: receipt.qrPayload, slip: receipt.slip, copy: receipt.copy, paper, columns: PAPER_COLUMNS[paper], rows: layoutReceipt(receipt, paper) };
    },
    'receipts:print': async ({ saleId }) => {
      const settings = readReceiptSettings(ledger.db);
      if (!settings.printer) return { ok: false, code: 'no_printer', reason: 'Printer struk belum diatur. Isi alamat printer di Pengaturan › Struk & printer, atau unduh PDF.' };
      const printer = settings.printer;
      const result =
        printer.kind === 'os'
          ? await printReceiptOnOs(ledger, saleId, osPrinters, printer, settings.paper, settings.copies)
          : await printReceiptOnNetwork(ledger, saleId, printer, settings.paper, { ...delivery, copies: settings.copies });
      return result.ok ? { ok: true, copy: result.receipt.copy } : { ok: false, code: result.code, reason: result.reason };
    },
    'receipts:pdf': async ({ saleId }) => {
      const { paper } = readReceiptSettings(ledger.db);
      const receipt = prepareReceipt(ledger, saleId);
      const pdf = await receiptToPdf(receipt, paper);
      return { fileName: `struk-${receipt.qrPayload.replace(/[^A-Za-z0-9_-]/g, '_')}.pdf`, base64: pdf.toString('base64') };
    },
    'receipts:settings': () => readReceiptSettings(ledger.db),
    'receipts:setSettings': (patch) => writeReceiptSettings(ledger.db, patch),
    'receipts:testPrint': async () => {
      const result = await printTestPage(readReceiptSettings(ledger.db), ledger.now(), ledger.timeZone, { ...delivery, osPrinters });
      return { ok: result.ok, reason: result.ok ? null : result.reason, target: result.target };
    },
    'receipts:osPrinters': async () => {
      if (!osPrinters) return { available: false, printers: [], reason: OS_PRINTERS_UNAVAILABLE };
      try {
        return { available: true, printers: await osPrinters.list(), reason: null };
      } catch (err) {
        console.error('[loket] OS printer list failed:', err);
        return { available: true, printers: [], reason: 'Daftar printer sistem tidak dapat dibaca. Coba lagi, atau periksa printer di pengaturan sistem.' };
      }
    },
  };
}
