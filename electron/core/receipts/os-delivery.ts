import { receiptToEscPos } from './escpos-receipt';
import type { OsPrinterPort } from './os-printer-port';
import type { Receipt } from './receipt-model';
import { receiptToHtml } from './receipt-html';
import type { PaperWidth } from './receipt-layout';
import type { OsPrintMode } from './receipt-settings';

export type OsDeliveryFailure = 'os_unavailable' | 'os_failed';
export type OsDeliveryResult = { ok: true } | { ok: false; code: OsDeliveryFailure; reason: string };

export const OS_PRINTERS_UNAVAILABLE = 'Printer sistem hanya tersedia di aplikasi desktop. Pilih printer jaringan di Pengaturan › Struk & printer, atau unduh PDF.';
const PAPER_MM: Record<PaperWidth, 58 | 80> = { '58mm': 58, '80mm': 80 };

export function osPrinterTarget(name: string): string {
  return `os://${name}`;
}

/** Copies of the ESC/POS bytes in one job, each with its own cut (as on a network printer). */
export function repeatedEscPos(receipt: Receipt, paper: PaperWidth, copies: number): Uint8Array {
  const bytes = receiptToEscPos(receipt, paper);
  const count = Math.max(1, copies);
  const job = new Uint8Array(bytes.length * count);
  for (let i = 0; i < count; i += 1) job.set(bytes, i * bytes.length);
  return job;
}

/**
 * Hands a receipt to an OS printer through the shell's port. Headless mode has no port: the answer
 * is the reason, never a throw. Raw mode sends the copies in one job; html mode prints the page once
 * per copy and stops at the first refusal (the attempt then counts as failed, so the retry is still
 * the original).
 */
export async function deliverToOsPrinter(
  port: OsPrinterPort | undefined,
  printer: { name: string; mode: OsPrintMode },
  receipt: Receipt,
  paper: PaperWidth,
  copies: number,
): Promise<OsDeliveryResult> {
  if (!port) return { ok: false, code: 'os_unavailable', reason: OS_PRINTERS_UNAVAILABLE };
  try {
    if (printer.mode === 'raw') {
      const result = await port.printRaw(printer.name, repeatedEscPos(receipt, paper, copies));
      return result.ok ? { ok: true } : { ok: false, code: 'os_failed', reason: result.reason };
    }
    const html = receiptToHtml(receipt, paper);
    for (let i = 0; i < Math.max(1, copies); i += 1) {
      const result = await port.printHtml(printer.name, html, { widthMm: PAPER_MM[paper] });
      if (!result.ok) return { ok: false, code: 'os_failed', reason: result.reason };
    }
    return { ok: true };
  } catch (err) {
    // The port promises never to throw; if it does anyway, the sale is still done and this is only a reason.
    console.error('[loket] OS printer port threw:', err);
    return { ok: false, code: 'os_failed', reason: `Printer "${printer.name}" tidak dapat dipakai. Periksa printer di pengaturan sistem lalu coba lagi.` };
  }
}
