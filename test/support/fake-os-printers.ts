import type { OsPaper, OsPrinter, OsPrinterPort, PrintResult } from '../../electron/core/receipts/os-printer-port';

/** The desktop shell's OS printers as the core sees them: records every job, answers what the test sets. */
export class FakeOsPrinters implements OsPrinterPort {
  readonly raw: { name: string; bytes: Uint8Array }[] = [];
  readonly html: { name: string; html: string; paper: OsPaper }[] = [];
  printers: OsPrinter[] = [
    { name: 'POS-58', displayName: 'POS-58 (Generic / Text Only)', isDefault: true },
    { name: 'EPSON TM-T82', displayName: 'EPSON TM-T82 Receipt', isDefault: false },
  ];
  /** The answer to the next prints (one per call, then ok). */
  failures: string[] = [];

  list(): Promise<OsPrinter[]> {
    return Promise.resolve(this.printers);
  }

  printRaw(name: string, bytes: Uint8Array): Promise<PrintResult> {
    this.raw.push({ name, bytes });
    return Promise.resolve(this.answer());
  }

  printHtml(name: string, html: string, paper: OsPaper): Promise<PrintResult> {
    this.html.push({ name, html, paper });
    return Promise.resolve(this.answer());
  }

  private answer(): PrintResult {
    const reason = this.failures.shift();
    return reason === undefined ? { ok: true } : { ok: false, reason };
  }
}
