import type { Ledger } from '../../ledger';
import { receiptToPdf } from '../../receipts/pdf-receipt';
import { layoutReceipt, PAPER_COLUMNS } from '../../receipts/receipt-layout';
import { prepareReceipt, printReceiptOnNetwork } from '../../receipts/receipt-printing';
import { readReceiptSettings, writeReceiptSettings } from '../../receipts/receipt-settings';
import { printTestPage } from '../../receipts/test-page';
import type { DeliveryOptions } from '../../receipts/network-printer';
import type { Handlers } from '../dispatch';

type ReceiptChannel = 'receipts:preview' | 'receipts:print' | 'receipts:pdf' | 'receipts:settings' | 'receipts:setSettings' | 'receipts:testPrint';

/**
 * Receipts behind the contract. Every receipt comes from the records (prepareReceipt), laid out for
 * the configured paper; printing answers a reason instead of failing, because the sale is already done.
 */
export function receiptHandlers(ledger: Ledger, delivery: DeliveryOptions = {}): Pick<Handlers, ReceiptChannel> {
  return {
    'receipts:preview': ({ saleId }) => {
      const { paper } = readReceiptSettings(ledger.db);
      const receipt = prepareReceipt(ledger, saleId);
      return { saleId, refId: receipt.qrPayload, slip: receipt.slip, copy: receipt.copy, paper, columns: PAPER_COLUMNS[paper], rows: layoutReceipt(receipt, paper) };
    },
    'receipts:print': async ({ saleId }) => {
      const settings = readReceiptSettings(ledger.db);
      if (!settings.printer) return { ok: false, code: 'no_printer', reason: 'Printer struk belum diatur. Isi alamat printer di Pengaturan › Struk & printer, atau unduh PDF.' };
      const result = await printReceiptOnNetwork(ledger, saleId, settings.printer, settings.paper, { ...delivery, copies: settings.copies });
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
      const result = await printTestPage(readReceiptSettings(ledger.db), ledger.now(), ledger.timeZone, delivery);
      return { ok: result.ok, reason: result.ok ? null : result.reason, target: result.target };
    },
  };
}
