import { BrowserWindow } from 'electron';
import type { OsPrinter, OsPrinterPort } from '../../core/receipts/os-printer-port';
import { printHtmlSilently } from './html-print';
import { printerNameProblem } from './printer-name';
import { printRawBytes } from './raw-print';
import { runFile, type RunFile } from './run-file';

export interface OsPrintersOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  run?: RunFile;
  tmpDir?: string;
  rawTimeoutMs?: number;
  htmlTimeoutMs?: number;
}

const RAW_TIMEOUT_MS = 15_000;
const HTML_TIMEOUT_MS = 30_000;

/**
 * The desktop shell's OS printers behind the core's port. Call after app 'ready' (it opens hidden
 * windows). Every name is checked before it is used; nothing here throws at the caller.
 */
export function createOsPrinters(options: OsPrintersOptions = {}): OsPrinterPort {
  const platform = options.platform ?? process.platform;
  return {
    list: () => listOsPrinters(),
    printRaw: async (printerName, bytes) => {
      const problem = printerNameProblem(printerName);
      if (problem) return { ok: false, reason: problem };
      return printRawBytes(printerName, bytes, {
        platform,
        run: options.run ?? runFile,
        env: options.env ?? process.env,
        timeoutMs: options.rawTimeoutMs ?? RAW_TIMEOUT_MS,
        tmpDir: options.tmpDir,
      });
    },
    printHtml: async (printerName, html, paper) => {
      const problem = printerNameProblem(printerName);
      if (problem) return { ok: false, reason: problem };
      return printHtmlSilently(printerName, html, paper, options.htmlTimeoutMs ?? HTML_TIMEOUT_MS);
    },
  };
}

/**
 * The OS's printers, from a short-lived hidden window (getPrintersAsync lives on a webContents).
 * `isDefault` is no longer in Electron's PrinterInfo type; it is read when the platform still gives it.
 */
export async function listOsPrinters(): Promise<OsPrinter[]> {
  const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false } });
  try {
    const printers = await window.webContents.getPrintersAsync();
    return printers
      .filter((p) => printerNameProblem(p.name) === null)
      .map((p) => ({ name: p.name, displayName: p.displayName || p.name, isDefault: (p as { isDefault?: unknown }).isDefault === true }));
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}
