import { AppError, isAppError } from '../errors/app-error';
import type { Ledger } from '../ledger';
import { SaleRepo } from '../sales/sale-repo';
import { buildReceipt, slipFor } from './build-receipt';
import { receiptToEscPos } from './escpos-receipt';
import { printerTarget, sendToNetworkPrinter, type DeliveryFailure, type DeliveryOptions, type NetworkPrinter } from './network-printer';
import { readOutletSettings } from './outlet-settings';
import type { Receipt } from './receipt-model';
import type { PaperWidth } from './receipt-layout';
import { ReceiptPrintLog } from './receipt-prints';

export type ReceiptPrintResult =
  | { ok: true; receipt: Receipt }
  | { ok: false; code: DeliveryFailure | 'no_receipt'; reason: string; receipt: Receipt | null };

/**
 * The receipt the next print of this sale would give, from the records alone: the sale row, the
 * outlet settings and the print count (original or DUPLIKAT n). A preview uses it without printing.
 */
export function prepareReceipt(ledger: Ledger, saleId: number): Receipt {
  const sale = new SaleRepo(ledger.db).get(saleId);
  if (!sale) throw new AppError('not_found', 'Transaksi tidak ditemukan.');
  const copy = new ReceiptPrintLog(ledger.db).nextCopy(sale.id, slipFor(sale), ledger.now());
  return buildReceipt(sale, { outlet: readOutletSettings(ledger.db), timeZone: ledger.timeZone, copy });
}

/**
 * Prints a sale's receipt on a network printer and records the attempt. Never throws: printing
 * happens after the sale is recorded, and a printer that is off, out of paper or misconfigured
 * leaves the sale exactly as it was, with the reason to show and a retry to offer.
 */
export async function printReceiptOnNetwork(
  ledger: Ledger,
  saleId: number,
  printer: NetworkPrinter,
  paper: PaperWidth,
  options: DeliveryOptions & { copies?: number } = {},
): Promise<ReceiptPrintResult> {
  let receipt: Receipt;
  try {
    receipt = prepareReceipt(ledger, saleId);
  } catch (err) {
    if (!isAppError(err)) console.error('[loket] receipt build failed:', err);
    return { ok: false, code: 'no_receipt', reason: isAppError(err) ? err.message : 'Struk tidak dapat disusun dari data transaksi ini.', receipt: null };
  }
  // Copies go in one job (each with its own cut) and count as one print: the second copy is not a reprint.
  const bytes = receiptToEscPos(receipt, paper);
  const copies = Math.max(1, options.copies ?? 1);
  const job = new Uint8Array(bytes.length * copies);
  for (let i = 0; i < copies; i += 1) job.set(bytes, i * bytes.length);
  const result = await sendToNetworkPrinter(printer, job, options);
  try {
    new ReceiptPrintLog(ledger.db).record({
      saleId: receipt.saleId,
      slip: receipt.slip,
      copy: receipt.copy,
      at: ledger.now(),
      target: `tcp://${printerTarget(printer)}`,
      ok: result.ok,
      error: result.ok ? null : result.reason,
    });
  } catch (err) {
    // The paper is out (or not): a print log that cannot be written must not turn into a failure.
    console.error('[loket] receipt print not recorded:', err);
  }
  return result.ok ? { ok: true, receipt } : { ok: false, code: result.code, reason: result.reason, receipt };
}
