import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContentsPrintOptions } from 'electron';
import type { OsPaper, PrintResult } from '../../core/receipts/os-printer-port';

/** Thermal receipt heads are 203 dpi; without an explicit dpi silent output can come out tiny. */
export const RECEIPT_DPI = 203;
/** Chromium refuses a page side of 352 microns or less. */
export const MIN_PAGE_MICRONS = 353;
const MICRONS_PER_CSS_PX = 25_400 / 96;
const MM_TO_CSS_PX = 96 / 25.4;

/** Waits for the fonts, then the content's full height in CSS pixels. Runs in the page, which has no script of its own. */
const MEASURE_HEIGHT = 'document.fonts.ready.then(() => Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0))';

/** A hidden window that can only render: sandboxed, isolated, no Node, no preload, nothing to attach. */
export function printWindowOptions(paper: OsPaper): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: Math.ceil(paper.widthMm * MM_TO_CSS_PX),
    height: 600,
    useContentSize: true,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
      // A hidden window must still lay out and paint at full speed.
      backgroundThrottling: false,
    },
  };
}

/** The page exactly as wide as the paper and as tall as the content (a missing pageSize means A4). */
export function silentPrintOptions(deviceName: string, paper: OsPaper, heightCssPx: number): WebContentsPrintOptions {
  return {
    silent: true,
    deviceName,
    printBackground: false,
    color: false,
    copies: 1,
    margins: { marginType: 'none' },
    pageSize: { width: paper.widthMm * 1000, height: Math.max(MIN_PAGE_MICRONS, Math.ceil(heightCssPx * MICRONS_PER_CSS_PX)) },
    dpi: { horizontal: RECEIPT_DPI, vertical: RECEIPT_DPI },
  };
}

/**
 * Prints the receipt page silently on one OS printer. Prints only after the page finished loading
 * (loadURL resolves on did-finish-load) and its fonts are ready, the usual causes of blank paper.
 * Never throws and never waits past the timeout; the window is destroyed whatever happened.
 */
export async function printHtmlSilently(deviceName: string, html: string, paper: OsPaper, timeoutMs: number): Promise<PrintResult> {
  const window = new BrowserWindow(printWindowOptions(paper));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<PrintResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: `Printer "${deviceName}" tidak menjawab dalam ${Math.ceil(timeoutMs / 1000)} detik. Periksa printer dan antrean cetaknya, lalu cetak ulang.` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([printIn(window, deviceName, html, paper), timedOut]);
  } catch (err) {
    return { ok: false, reason: `Struk tidak dapat disiapkan untuk dicetak: ${err instanceof Error ? err.message : String(err)}.` };
  } finally {
    clearTimeout(timer);
    if (!window.isDestroyed()) window.destroy();
  }
}

async function printIn(window: BrowserWindow, deviceName: string, html: string, paper: OsPaper): Promise<PrintResult> {
  await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
  const height: unknown = await window.webContents.executeJavaScript(MEASURE_HEIGHT);
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0) {
    return { ok: false, reason: 'Tinggi struk tidak dapat diukur, jadi struk tidak dicetak (agar tidak keluar kertas kosong atau A4).' };
  }
  return new Promise((resolve) => {
    window.webContents.print(silentPrintOptions(deviceName, paper, height), (success, failureReason) => {
      resolve(success ? { ok: true } : { ok: false, reason: printFailureReason(deviceName, failureReason) });
    });
  });
}

/** Chromium's English failure text as an Indonesian reason. */
export function printFailureReason(deviceName: string, failureReason: string): string {
  if (/cancel/i.test(failureReason)) return `Pencetakan ke printer "${deviceName}" dibatalkan.`;
  if (/device ?name|no printer|printer not found/i.test(failureReason)) return `Printer "${deviceName}" tidak ditemukan di komputer ini. Pilih ulang printer di Pengaturan › Struk & printer.`;
  if (/settings/i.test(failureReason)) return `Printer "${deviceName}" menolak ukuran kertas atau pengaturan cetak struk. Periksa driver dan ukuran kertas printer (58/80 mm).`;
  return `Printer "${deviceName}" gagal mencetak struk${failureReason ? `: ${failureReason}` : ''}. Periksa printer, kertas dan antrean cetaknya, lalu cetak ulang.`;
}
