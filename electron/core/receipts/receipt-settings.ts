import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { DEFAULT_PRINTER_PORT, type NetworkPrinter } from './network-printer';
import { DEFAULT_OUTLET_NAME, DEFAULT_RECEIPT_FOOTER, OUTLET_SETTING_KEYS, readOutletSettings, type OutletSettings } from './outlet-settings';
import type { PaperWidth } from './receipt-layout';

/** Raw ESC/POS for Generic / Text Only queues; html = silent printing of the receipt page (any driver). */
export type OsPrintMode = 'raw' | 'html';
export type PrinterKind = 'network' | 'os';

/** A LAN printer (TCP, port 9100) or, in the desktop app, a printer the operating system knows by name. */
export type ConfiguredPrinter = { kind: 'network'; host: string; port: number } | { kind: 'os'; name: string; mode: OsPrintMode };

/** How this outlet prints: the printer, paper, auto-print and copies, plus the outlet's receipt texts. */
export interface ReceiptSettings {
  printer: ConfiguredPrinter | null;
  paper: PaperWidth;
  /** Print the receipt right after a sale succeeds. On by default once a printer is set. */
  autoPrint: boolean;
  copies: number;
  outlet: OutletSettings;
}

/** A change from Settings: only the fields present change. An empty host removes the printer. */
export interface ReceiptSettingsPatch {
  /** Which printer prints: the network one (host/port) or the OS one (name/mode). Both stay stored. */
  printerKind?: PrinterKind;
  printerHost?: string;
  printerPort?: number;
  osPrinterName?: string;
  osPrinterMode?: OsPrintMode;
  paper?: PaperWidth;
  autoPrint?: boolean;
  copies?: number;
  outletName?: string;
  outletAddress?: string;
  outletPhone?: string;
  receiptFooter?: string;
}

const KEYS = { kind: 'printer_kind', host: 'printer_host', port: 'printer_port', osName: 'printer_os_name', osMode: 'printer_os_mode', paper: 'receipt_paper', autoPrint: 'receipt_auto_print', copies: 'receipt_copies' } as const;

export const RECEIPT_LIMITS = { host: 253, osName: 220, name: 48, address: 120, phone: 24, footer: 200, maxCopies: 3 } as const;
/** An IPv4 address or a host name: letters, digits, dots and hyphens (what a LAN printer answers to). */
const HOST_PATTERN = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

export function readReceiptSettings(db: Database.Database): ReceiptSettings {
  const rows = db
    .prepare(`SELECT key, value FROM setting WHERE key IN (${Object.values(KEYS).map(() => '?').join(', ')})`)
    .all(...Object.values(KEYS)) as { key: string; value: string }[];
  const value = (key: string) => rows.find((r) => r.key === key)?.value.trim() || null;
  const host = value(KEYS.host);
  const port = Number(value(KEYS.port));
  const osName = value(KEYS.osName);
  const copies = Number(value(KEYS.copies));
  const autoPrint = value(KEYS.autoPrint);
  // Settings stored before OS printers existed have no kind: they are a network printer.
  const printer: ConfiguredPrinter | null =
    value(KEYS.kind) === 'os'
      ? osName
        ? { kind: 'os', name: osName, mode: value(KEYS.osMode) === 'html' ? 'html' : 'raw' }
        : null
      : host
        ? { kind: 'network', host, port: Number.isInteger(port) && port >= 1 && port <= 65535 ? port : DEFAULT_PRINTER_PORT }
        : null;
  return {
    printer,
    paper: value(KEYS.paper) === '80mm' ? '80mm' : '58mm',
    // Never chosen: on as soon as there is a printer to print on.
    autoPrint: autoPrint === null ? printer !== null : autoPrint === '1',
    copies: Number.isInteger(copies) && copies >= 1 && copies <= RECEIPT_LIMITS.maxCopies ? copies : 1,
    outlet: readOutletSettings(db),
  };
}

/** The network printer to print on, or the Indonesian reason there is none. */
export function configuredPrinter(settings: ReceiptSettings): NetworkPrinter {
  if (settings.printer?.kind !== 'network') throw new AppError('conflict', 'Printer struk belum diatur. Isi alamat printer di Pengaturan › Struk & printer.');
  return settings.printer;
}

/** Why an OS printer name is refused (the shell checks again before printing), or null. */
export function osPrinterNameProblem(name: string): string | null {
  if (name.length > RECEIPT_LIMITS.osName) return `Nama printer sistem paling panjang ${RECEIPT_LIMITS.osName} huruf.`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'Nama printer sistem berisi karakter yang tidak diizinkan.';
  if (name.startsWith('-')) return 'Nama printer sistem tidak boleh diawali tanda "-".';
  return null;
}

/**
 * Checks the whole change first, then writes it in one transaction: a refused field changes nothing.
 * The contract checks the same shapes; this is the rule for every caller.
 */
export function writeReceiptSettings(db: Database.Database, patch: ReceiptSettingsPatch): ReceiptSettings {
  const writes: [string, string | null][] = [];
  if (patch.printerKind !== undefined) {
    if (patch.printerKind !== 'network' && patch.printerKind !== 'os') throw new AppError('invalid_input', 'Jenis printer harus printer jaringan atau printer sistem.');
    writes.push([KEYS.kind, patch.printerKind]);
  }
  if (patch.osPrinterName !== undefined) {
    const name = patch.osPrinterName.trim();
    const problem = osPrinterNameProblem(name);
    if (problem) throw new AppError('invalid_input', problem);
    writes.push([KEYS.osName, name || null]);
  }
  if (patch.osPrinterMode !== undefined) {
    if (patch.osPrinterMode !== 'raw' && patch.osPrinterMode !== 'html') throw new AppError('invalid_input', 'Cara cetak printer sistem harus raw (ESC/POS) atau html.');
    writes.push([KEYS.osMode, patch.osPrinterMode]);
  }
  if (patch.printerHost !== undefined) {
    const host = patch.printerHost.trim();
    if (host.length > RECEIPT_LIMITS.host || (host && !HOST_PATTERN.test(host))) {
      throw new AppError('invalid_input', `Alamat printer "${host.slice(0, 60)}" tidak valid. Isi alamat IP (mis. 192.168.1.50) atau nama printer di jaringan.`);
    }
    writes.push([KEYS.host, host || null]);
  }
  if (patch.printerPort !== undefined) {
    if (!Number.isInteger(patch.printerPort) || patch.printerPort < 1 || patch.printerPort > 65535) {
      throw new AppError('invalid_input', 'Port printer harus angka 1 sampai 65535 (biasanya 9100).');
    }
    writes.push([KEYS.port, String(patch.printerPort)]);
  }
  if (patch.paper !== undefined) {
    if (patch.paper !== '58mm' && patch.paper !== '80mm') throw new AppError('invalid_input', 'Lebar kertas harus 58 mm atau 80 mm.');
    writes.push([KEYS.paper, patch.paper]);
  }
  if (patch.autoPrint !== undefined) writes.push([KEYS.autoPrint, patch.autoPrint ? '1' : '0']);
  if (patch.copies !== undefined) {
    if (!Number.isInteger(patch.copies) || patch.copies < 1 || patch.copies > RECEIPT_LIMITS.maxCopies) {
      throw new AppError('invalid_input', `Jumlah salinan harus 1 sampai ${RECEIPT_LIMITS.maxCopies}.`);
    }
    writes.push([KEYS.copies, String(patch.copies)]);
  }
  const outletText = (value: string | undefined, key: string, max: number, label: string) => {
    if (value === undefined) return;
    const text = value.trim();
    if (text.length > max) throw new AppError('invalid_input', `${label} paling panjang ${max} huruf.`);
    // Blank means the default (outlet name, footer) or nothing printed (address, phone).
    writes.push([key, text || null]);
  };
  outletText(patch.outletName, OUTLET_SETTING_KEYS.name, RECEIPT_LIMITS.name, 'Nama outlet');
  outletText(patch.outletAddress, OUTLET_SETTING_KEYS.address, RECEIPT_LIMITS.address, 'Alamat outlet');
  outletText(patch.outletPhone, OUTLET_SETTING_KEYS.phone, RECEIPT_LIMITS.phone, 'Telepon outlet');
  outletText(patch.receiptFooter, OUTLET_SETTING_KEYS.footer, RECEIPT_LIMITS.footer, 'Catatan kaki struk');
  const upsert = db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const remove = db.prepare('DELETE FROM setting WHERE key = ?');
  db.transaction(() => {
    for (const [key, value] of writes) {
      if (value === null) remove.run(key);
      else upsert.run(key, value);
    }
  })();
  return readReceiptSettings(db);
}

export { DEFAULT_OUTLET_NAME, DEFAULT_RECEIPT_FOOTER };
