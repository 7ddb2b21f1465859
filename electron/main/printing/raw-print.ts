import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrintResult } from '../../core/receipts/os-printer-port';
import type { RunFailure, RunFile } from './run-file';
import { encodedPowerShell, WINDOWS_RAW_PRINT_SCRIPT } from './windows-raw-script';

export interface RawPrintDeps {
  platform: NodeJS.Platform;
  run: RunFile;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Where the job's temporary file is written (default: the OS temp directory). */
  tmpDir?: string;
}

interface Command {
  file: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** PowerShell by its full path (a powershell.exe earlier on PATH must not run instead). */
function windowsCommand(printerName: string, jobFile: string, env: NodeJS.ProcessEnv): Command {
  const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows';
  return {
    file: path.win32.join(systemRoot, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
    args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encodedPowerShell(WINDOWS_RAW_PRINT_SCRIPT)],
    env: { ...env, LOKET_PRINTER: printerName, LOKET_RAW_FILE: jobFile },
  };
}

function lpCommand(printerName: string, jobFile: string): Command {
  return { file: 'lp', args: ['-d', printerName, '-o', 'raw', jobFile] };
}

/**
 * Raw ESC/POS to an OS print queue. The bytes go through a private temporary file (removed
 * afterwards, whatever happened), never through the command line; no shell is involved; the
 * program is killed after the timeout. Success means the queue accepted the job.
 */
export async function printRawBytes(printerName: string, bytes: Uint8Array, deps: RawPrintDeps): Promise<PrintResult> {
  let dir: string | null = null;
  try {
    let jobFile: string;
    try {
      dir = await mkdtemp(path.join(deps.tmpDir ?? tmpdir(), 'loket-struk-'));
      jobFile = path.join(dir, 'struk.bin');
      await writeFile(jobFile, bytes, { mode: 0o600 });
    } catch (err) {
      return { ok: false, reason: `Struk tidak dapat disiapkan untuk dicetak (berkas sementara): ${err instanceof Error ? err.message : String(err)}.` };
    }
    const command = deps.platform === 'win32' ? windowsCommand(printerName, jobFile, deps.env) : lpCommand(printerName, jobFile);
    await deps.run(command.file, command.args, { timeout: deps.timeoutMs, windowsHide: true, shell: false, ...(command.env ? { env: command.env } : {}) });
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: rawFailureReason(err as RunFailure, deps.platform, printerName, deps.timeoutMs) };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The failure as something a cashier (or whoever set up the printer) can act on. */
export function rawFailureReason(err: RunFailure, platform: NodeJS.Platform, printerName: string, timeoutMs: number): string {
  const detail = ((err.stderr ?? '').trim().split(/\r?\n/)[0] || err.message || 'tanpa keterangan').replace(/[.\s]+$/, '');
  if (err.killed) return `Printer "${printerName}" tidak selesai menerima struk dalam ${Math.ceil(timeoutMs / 1000)} detik. Periksa printer dan antrean cetaknya, lalu cetak ulang.`;
  if (platform === 'win32') {
    switch (err.code) {
      case 'ENOENT':
        return 'Windows PowerShell tidak ditemukan di komputer ini, jadi struk tidak dapat dikirim ke printer Windows.';
      case 2:
        return `Printer "${printerName}" tidak ditemukan di Windows. Pilih ulang printer di Pengaturan › Struk & printer.`;
      case 3:
        return `Antrean printer "${printerName}" menolak data RAW. Pasang driver "Generic / Text Only" untuk printer ini, atau pilih cetak lewat HTML.`;
      case 4:
        return `Struk tidak terkirim utuh ke printer "${printerName}". Periksa kabel dan kertas, lalu cetak ulang.`;
      default:
        return `Gagal mengirim struk ke printer "${printerName}": ${detail}.`;
    }
  }
  if (err.code === 'ENOENT') return 'Perintah "lp" (CUPS) tidak ada di komputer ini. Pasang CUPS untuk mencetak ke printer sistem.';
  if (/does not exist|not exist|unknown printer|tidak ada/i.test(detail)) return `Printer "${printerName}" tidak dikenal oleh CUPS. Pilih ulang printer di Pengaturan › Struk & printer.`;
  return `Printer "${printerName}" menolak pekerjaan cetak: ${detail}.`;
}
