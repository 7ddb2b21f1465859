import net from 'node:net';

/** A receipt printer on the LAN, raw ESC/POS on TCP (port 9100 on nearly every model). */
export interface NetworkPrinter {
  host: string;
  port?: number;
}

export type DeliveryFailure = 'invalid_address' | 'refused' | 'timeout' | 'stalled' | 'unreachable' | 'unknown_host' | 'reset' | 'error';

export type DeliveryResult = { ok: true; bytes: number } | { ok: false; code: DeliveryFailure; reason: string };

export interface DeliveryOptions {
  /** For the whole delivery: connecting and sending every byte. */
  timeoutMs?: number;
  chunkBytes?: number;
}

export const DEFAULT_PRINTER_PORT = 9100;
const DEFAULT_TIMEOUT_MS = 5000;
/** Cheap printers have small input buffers; 4 KB pieces, each handed over before the next. */
const DEFAULT_CHUNK_BYTES = 4096;

export function printerTarget(printer: NetworkPrinter): string {
  return `${printer.host}:${printer.port ?? DEFAULT_PRINTER_PORT}`;
}

/**
 * Sends the bytes and says plainly, in Indonesian, why it did not print. Never throws and never
 * waits longer than the timeout: a print runs after the sale is recorded and must not touch it.
 */
export function sendToNetworkPrinter(printer: NetworkPrinter, bytes: Uint8Array, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const port = printer.port ?? DEFAULT_PRINTER_PORT;
  const target = printerTarget(printer);
  if (!printer.host.trim() || !Number.isInteger(port) || port < 1 || port > 65535) {
    return Promise.resolve({ ok: false, code: 'invalid_address', reason: `Alamat printer "${target}" tidak valid. Isi alamat IP dan port (biasanya 9100) di Pengaturan.` });
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  return new Promise<DeliveryResult>((resolve) => {
    let connected = false;
    let done = false;
    const socket = net.createConnection({ host: printer.host.trim(), port });
    const finish = (result: DeliveryResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      finish(
        connected
          ? { ok: false, code: 'stalled', reason: `Printer ${target} berhenti menerima data setelah ${seconds} detik. Periksa kertas dan tutup printer, lalu cetak ulang.` }
          : { ok: false, code: 'timeout', reason: `Printer ${target} tidak menjawab dalam ${seconds} detik. Pastikan printer menyala dan satu jaringan dengan komputer ini.` },
      );
    }, timeoutMs);
    socket.on('error', (err: NodeJS.ErrnoException) => finish(deliveryFailure(err, target, printer.host)));
    socket.on('connect', () => {
      connected = true;
      void (async () => {
        for (let offset = 0; offset < bytes.length && !done; offset += chunkBytes) {
          await writeChunk(socket, bytes.subarray(offset, offset + chunkBytes));
        }
        await new Promise<void>((resolveEnd) => socket.end(resolveEnd));
        finish({ ok: true, bytes: bytes.length });
      })().catch((err: unknown) => finish(deliveryFailure(err as NodeJS.ErrnoException, target, printer.host)));
    });
  });
}

function writeChunk(socket: net.Socket, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => socket.write(chunk, (err) => (err ? reject(err) : resolve())));
}

/** A socket error as the reason a cashier can act on. */
export function deliveryFailure(err: NodeJS.ErrnoException, target: string, host: string): DeliveryResult & { ok: false } {
  switch (err.code) {
    case 'ECONNREFUSED':
      return { ok: false, code: 'refused', reason: `Printer ${target} menolak sambungan: printer mati, port salah (biasanya 9100), atau sedang dipakai perangkat lain.` };
    case 'ETIMEDOUT':
      return { ok: false, code: 'timeout', reason: `Printer ${target} tidak menjawab. Pastikan printer menyala dan satu jaringan dengan komputer ini.` };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
    case 'ENETDOWN':
      return { ok: false, code: 'unreachable', reason: `Printer ${target} tidak terjangkau dari komputer ini. Periksa kabel LAN/Wi-Fi dan alamat IP printer.` };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { ok: false, code: 'unknown_host', reason: `Alamat printer "${host}" tidak dikenal. Periksa alamat IP printer di Pengaturan.` };
    case 'ECONNRESET':
    case 'EPIPE':
      return { ok: false, code: 'reset', reason: `Printer ${target} memutus sambungan sebelum struk terkirim semua. Periksa kertas, lalu cetak ulang.` };
    default:
      return { ok: false, code: 'error', reason: `Gagal mengirim struk ke printer ${target}: ${err.message || String(err)}.` };
  }
}
