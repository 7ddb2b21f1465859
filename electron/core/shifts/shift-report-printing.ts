import type { Ledger } from '../ledger';
import { receiptToEscPos } from '../receipts/escpos-receipt';
import { printerTarget, sendToNetworkPrinter, type DeliveryOptions } from '../receipts/network-printer';
import { deliverToOsPrinter, osPrinterTarget } from '../receipts/os-delivery';
import type { OsPrinterPort } from '../receipts/os-printer-port';
import { readOutletSettings } from '../receipts/outlet-settings';
import { receiptToPdf } from '../receipts/pdf-receipt';
import type { Receipt } from '../receipts/receipt-model';
import { readReceiptSettings } from '../receipts/receipt-settings';
import { shiftReportReceipt } from './shift-receipt';
import type { ShiftReport } from './shift-report';

function reportReceipt(ledger: Ledger, report: ShiftReport): Receipt {
  return shiftReportReceipt(report, readOutletSettings(ledger.db), ledger.timeZone);
}

/**
 * The closing report on the outlet's receipt printer (network or OS, as Settings say). Never throws:
 * the shift is closed whatever the printer does; the answer carries the reason to show and retry.
 * Not a sale receipt, so nothing is counted in receipt_print.
 */
export async function printShiftReport(
  ledger: Ledger,
  report: ShiftReport,
  options: DeliveryOptions & { osPrinters?: OsPrinterPort } = {},
): Promise<{ printed: boolean; message: string }> {
  const settings = readReceiptSettings(ledger.db);
  const printer = settings.printer;
  if (!printer) return { printed: false, message: 'Printer struk belum diatur. Isi printer di Pengaturan › Struk & printer, atau unduh PDF.' };
  const receipt = reportReceipt(ledger, report);
  if (printer.kind === 'os') {
    const result = await deliverToOsPrinter(options.osPrinters, printer, receipt, settings.paper, 1);
    return result.ok ? { printed: true, message: `Laporan kasir dicetak di ${osPrinterTarget(printer.name)}.` } : { printed: false, message: result.reason };
  }
  const result = await sendToNetworkPrinter(printer, receiptToEscPos(receipt, settings.paper), options);
  return result.ok ? { printed: true, message: `Laporan kasir dicetak di ${printerTarget(printer)}.` } : { printed: false, message: result.reason };
}

/** The same report as a PDF as wide as the receipt paper. */
export async function shiftReportPdf(ledger: Ledger, report: ShiftReport): Promise<{ fileName: string; base64: string }> {
  const { paper } = readReceiptSettings(ledger.db);
  const pdf = await receiptToPdf(reportReceipt(ledger, report), paper);
  return { fileName: `laporan-kasir-${report.shift.businessDay}-shift-${report.shift.id}.pdf`, base64: pdf.toString('base64') };
}
