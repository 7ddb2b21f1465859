import { formatReceiptTime } from './receipt-format';
import type { OutletTimeZone } from '../clock/business-day';
import { receiptToEscPos } from './escpos-receipt';
import { deliverToOsPrinter, osPrinterTarget } from './os-delivery';
import type { OsPrinterPort } from './os-printer-port';
import { printerTarget, sendToNetworkPrinter, type DeliveryOptions } from './network-printer';
import { field, rule, text, title, type Receipt } from './receipt-model';
import { PAPER_COLUMNS } from './receipt-layout';
import type { ReceiptSettings } from './receipt-settings';

/**
 * A short page that proves the whole path: the printer answers, the paper width is right (a ruler
 * exactly as wide as the configured columns), the outlet header reads well, and the cutter cuts.
 */
export function testPageReceipt(settings: ReceiptSettings, at: number, timeZone: OutletTimeZone): Receipt {
  const columns = PAPER_COLUMNS[settings.paper];
  const ruler = Array.from({ length: columns }, (_, i) => String((i + 1) % 10)).join('');
  return {
    saleId: 0,
    slip: 'receipt',
    copy: 'original',
    qrPayload: 'LOKET-TES',
    lines: [
      title(settings.outlet.name),
      rule(),
      title('TES PRINTER'),
      field('Waktu', formatReceiptTime(at, timeZone)),
      field('Kertas', `${settings.paper.replace('mm', ' mm')} / ${columns} kolom`),
      text(ruler),
      text('Jika angka di atas muat satu baris dan kertas terpotong, printer siap dipakai.', { align: 'center' }),
      rule(),
    ],
  };
}

export type TestPrintResult = { ok: true; target: string } | { ok: false; reason: string; target: string | null };

/** One test page (never counted as a receipt print) on whichever printer is configured. */
export async function printTestPage(
  settings: ReceiptSettings,
  at: number,
  timeZone: OutletTimeZone,
  options: DeliveryOptions & { osPrinters?: OsPrinterPort } = {},
): Promise<TestPrintResult> {
  const printer = settings.printer;
  if (!printer) {
    return { ok: false, reason: 'Printer struk belum diatur. Isi alamat printer lalu simpan sebelum tes cetak.', target: null };
  }
  const page = testPageReceipt(settings, at, timeZone);
  if (printer.kind === 'os') {
    const result = await deliverToOsPrinter(options.osPrinters, printer, page, settings.paper, 1);
    return result.ok ? { ok: true, target: osPrinterTarget(printer.name) } : { ok: false, reason: result.reason, target: osPrinterTarget(printer.name) };
  }
  const result = await sendToNetworkPrinter(printer, receiptToEscPos(page, settings.paper), options);
  return result.ok ? { ok: true, target: printerTarget(printer) } : { ok: false, reason: result.reason, target: printerTarget(printer) };
}
