/**
 * What the core needs from the operating system's printers (the desktop shell provides it; headless
 * mode has none and prints to network printers and PDF only). Electron and OS specifics stay behind
 * this port: the core builds the receipt, its ESC/POS bytes and its HTML, the shell delivers them.
 */
export interface OsPrinter {
  /** The OS's own name: what printing must be given (never the display name). */
  name: string;
  displayName: string;
  isDefault: boolean;
}

/** Never a throw: a printer problem is a reason to show the cashier (in Indonesian), the sale stays as it is. */
export type PrintResult = { ok: true } | { ok: false; reason: string };

export interface OsPaper {
  widthMm: 58 | 80;
}

export interface OsPrinterPort {
  list(): Promise<OsPrinter[]>;
  /** Raw ESC/POS to the queue (Windows spooler RAW datatype, `lp -o raw` elsewhere). */
  printRaw(printerName: string, bytes: Uint8Array): Promise<PrintResult>;
  /** A self-contained page (receiptToHtml) printed silently on a page exactly as wide as the paper. */
  printHtml(printerName: string, html: string, paper: OsPaper): Promise<PrintResult>;
}
