import { formatReceiptTime } from './receipt-format';
import type { OutletTimeZone } from '../clock/business-day';
import { receiptToEscPos } from './escpos-receipt';
import { printerTarget, sendToNetworkPrinter, type DeliveryOptions, type DeliveryResult } from './network-printer';
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

export async function printTestPage(settings: ReceiptSettings, at: number, timeZone: OutletTimeZone, options: DeliveryOptions = {}): Promise<DeliveryResult & { target: string | null }> {
  if (!settings.printer) {
    return { ok: false, code: 'invalid_address', reason: 'Printer struk belum diatur. Isi alamat printer lalu simpan sebelum tes cetak.', target: null };
  }
  const result = await sendToNetworkPrinter(settings.printer, receiptToEscPos(testPageReceipt(settings, at, timeZone), settings.paper), options);
  return { ...result, target: printerTarget(settings.printer) };
}
