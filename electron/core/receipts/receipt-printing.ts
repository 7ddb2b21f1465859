import { AppError, isAppError } from '../errors/app-error';
import type { Ledger } from '../ledger';
import { SaleRepo } from '../sales/sale-repo';
import { buildReceipt, slipFor } from './build-receipt';
import { deliverToOsPrinter, osPrinterTarget, repeatedEscPos, type OsDeliveryFailure } from './os-delivery';
import type { OsPrinterPort } from './os-printer-port';
import { printerTarget, sendToNetworkPrinter, type DeliveryFailure, type DeliveryOptions, type NetworkPrinter } from './network-printer';
import { readOutletSettings } from './outlet-settings';
import type { Receipt } from './receipt-model';
import type { PaperWidth } from './receipt-layout';
import { ReceiptPrintLog } from './receipt-prints';
import type { OsPrintMode } from './receipt-settings';

export type ReceiptPrintResult =
  | { ok: true; receipt: Receipt }
  | { ok: false; code: DeliveryFailure | OsDeliveryFailure | 'no_receipt'; reason: string; receipt: Receipt | null };

type Delivered = { ok: true } | { ok: false; code: DeliveryFailure | OsDeliveryFailure; reason: string };

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
export function printReceiptOnNetwork(
  ledger: Ledger,
  saleId: number,
  printer: NetworkPrinter,
  paper: PaperWidth,
  options: DeliveryOptions & { copies?: number } = {},
): Promise<ReceiptPrintResult> {
  // Copies go in one job (each with its own cut) and count as one print: the second copy is not a reprint.
  return printAndRecord(ledger, saleId, `tcp://${printerTarget(printer)}`, (receipt) =>
    sendToNetworkPrinter(printer, repeatedEscPos(receipt, paper, options.copies ?? 1), options),
  );
}

/**
 * The same for a printer the operating system knows (desktop app): raw ESC/POS or the receipt page,
 * through the shell's port. Without a port (headless) the attempt is recorded with its reason.
 */
export function printReceiptOnOs(
  ledger: Ledger,
  saleId: number,
  port: OsPrinterPort | undefined,
  printer: { name: string; mode: OsPrintMode },
  paper: PaperWidth,
  copies = 1,
): Promise<ReceiptPrintResult> {
  return printAndRecord(ledger, saleId, osPrinterTarget(printer.name), (receipt) => deliverToOsPrinter(port, printer, receipt, paper, copies));
}

async function printAndRecord(ledger: Ledger, saleId: number, target: string, deliver: (receipt: Receipt) => Promise<Delivered>): Promise<ReceiptPrintResult> {
  let receipt: Receipt;
  try {
    receipt = prepareReceipt(ledger, saleId);
  } catch (err) {
    if (!isAppError(err)) console.error('[loket] receipt build failed:', err);
    return { ok: false, code: 'no_receipt', reason: isAppError(err) ? err.message : 'Struk tidak dapat disusun dari data transaksi ini.', receipt: null };
  }
  const result = await deliver(receipt);
  try {
    new ReceiptPrintLog(ledger.db).record({
      saleId: receipt.saleId,
      slip: receipt.slip,
      copy: receipt.copy,
      at: ledger.now(),
      target,
      ok: result.ok,
      error: result.ok ? null : result.reason,
    });
  } catch (err) {
    // The paper is out (or not): a print log that cannot be written must not turn into a failure.
    console.error('[loket] receipt print not recorded:', err);
  }
  return result.ok ? { ok: true, receipt } : { ok: false, code: result.code, reason: result.reason, receipt };
}
