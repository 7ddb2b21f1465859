import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printRawBytes } from '../../../../electron/main/printing/raw-print';
import type { RunFailure, RunFile, RunOptions } from '../../../../electron/main/printing/run-file';
import { encodedPowerShell, WINDOWS_RAW_PRINT_SCRIPT } from '../../../../electron/main/printing/windows-raw-script';

const BYTES = new Uint8Array([0x1b, 0x40, 0x48, 0x61, 0x69, 0x0a, 0x1d, 0x56, 0x01]);

interface Call {
  file: string;
  args: readonly string[];
  options: RunOptions;
  /** The job file as the program saw it. */
  jobFile: string;
  jobBytes: Uint8Array;
}

/** A fake execFile: records the call, reads the job file while it exists, then answers or fails. */
function fakeRun(failure: RunFailure | null = null): { run: RunFile; calls: Call[] } {
  const calls: Call[] = [];
  const run: RunFile = async (file, args, options) => {
    const jobFile = options.env?.LOKET_RAW_FILE ?? args[args.length - 1] ?? '';
    calls.push({ file, args, options, jobFile, jobBytes: new Uint8Array(readFileSync(jobFile)) });
    if (failure) throw Object.assign(new Error(failure.message ?? 'Command failed'), failure);
    return { stdout: '', stderr: '' };
  };
  return { run, calls };
}

let tmpDir: string;
beforeEach(() => {
  tmpDir = mkdtempSync(path.join(tmpdir(), 'loket-raw-test-'));
});
afterEach(() => rmSync(tmpDir, { recursive: true, force: true }));

const deps = (platform: NodeJS.Platform, run: RunFile) => ({ platform, run, env: { SystemRoot: 'C:\\Windows', PATH: '/usr/bin' }, timeoutMs: 15_000, tmpDir });

describe('raw ESC/POS to an OS queue', () => {
  it('runs lp -d <printer> -o raw <file> on Linux without a shell, with a timeout, and removes the file', async () => {
    const { run, calls } = fakeRun();
    const result = await printRawBytes('POS_58 (USB)', BYTES, deps('linux', run));
    expect(result).toEqual({ ok: true });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.file).toBe('lp');
    expect(call!.args).toEqual(['-d', 'POS_58 (USB)', '-o', 'raw', call!.jobFile]);
    expect(call!.options).toEqual({ timeout: 15_000, windowsHide: true, shell: false });
    expect(call!.jobBytes).toEqual(BYTES);
    expect(path.dirname(path.dirname(call!.jobFile))).toBe(tmpDir);
    expect(existsSync(call!.jobFile)).toBe(false);
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('uses lp on macOS too', async () => {
    const { run, calls } = fakeRun();
    await printRawBytes('Receipt_Printer', BYTES, deps('darwin', run));
    expect(calls[0]?.file).toBe('lp');
  });

  it('on Windows runs the spooler helper through PowerShell by full path; the name and file travel in the environment, the bytes in the file', async () => {
    const { run, calls } = fakeRun();
    const result = await printRawBytes('\\\\KASIR\\POS-80 "Dapur"; calc', BYTES, deps('win32', run));
    expect(result).toEqual({ ok: true });
    const [call] = calls;
    expect(call!.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(call!.args).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encodedPowerShell(WINDOWS_RAW_PRINT_SCRIPT)]);
    // Neither the printer name nor the bytes are on the command line.
    expect(call!.args.join(' ')).not.toContain('KASIR');
    expect(call!.options).toMatchObject({ timeout: 15_000, windowsHide: true, shell: false });
    expect(call!.options.env).toMatchObject({ LOKET_PRINTER: '\\\\KASIR\\POS-80 "Dapur"; calc', LOKET_RAW_FILE: call!.jobFile, PATH: '/usr/bin' });
    expect(call!.jobBytes).toEqual(BYTES);
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('the helper opens the queue with the RAW datatype and writes with WritePrinter (not Out-Printer)', () => {
    const script = Buffer.from(encodedPowerShell(WINDOWS_RAW_PRINT_SCRIPT), 'base64').toString('utf16le');
    expect(script).toBe(WINDOWS_RAW_PRINT_SCRIPT);
    expect(script).toContain('Add-Type -TypeDefinition $source -Language CSharp');
    expect(script).toMatch(/OpenPrinter[\s\S]*StartDocPrinter[\s\S]*pDataType = "RAW"[\s\S]*WritePrinter/);
    expect(script).toContain('[System.IO.File]::ReadAllBytes($env:LOKET_RAW_FILE)');
    expect(script).toContain('$env:LOKET_PRINTER');
    expect(script).not.toMatch(/Out-Printer/i);
  });

  it.each([
    ['linux', { code: 1, stderr: 'lp: The printer or class does not exist.\n' }, /^Printer "POS-58" tidak dikenal oleh CUPS\./],
    ['linux', { code: 1, stderr: 'lp: Unable to send data to printer.\n' }, /^Printer "POS-58" menolak pekerjaan cetak: lp: Unable to send data to printer\.$/],
    ['linux', { code: 'ENOENT', message: 'spawn lp ENOENT' }, /^Perintah "lp" \(CUPS\) tidak ada/],
    ['linux', { code: null, killed: true }, /^Printer "POS-58" tidak selesai menerima struk dalam 15 detik\./],
    ['win32', { code: 2, stderr: 'OpenPrinter gagal (Win32 1801)' }, /^Printer "POS-58" tidak ditemukan di Windows\./],
    ['win32', { code: 3 }, /^Antrean printer "POS-58" menolak data RAW\. Pasang driver "Generic \/ Text Only"/],
    ['win32', { code: 4 }, /^Struk tidak terkirim utuh ke printer "POS-58"\./],
    ['win32', { code: 1, stderr: 'Add-Type : Cannot add type.\r\nmore' }, /^Gagal mengirim struk ke printer "POS-58": Add-Type : Cannot add type\.$/],
    ['win32', { code: 'ENOENT' }, /^Windows PowerShell tidak ditemukan/],
  ] as const)('on %s a failure %j answers an Indonesian reason and still removes the file', async (platform, failure, reason) => {
    const { run, calls } = fakeRun(failure);
    const result = await printRawBytes('POS-58', BYTES, deps(platform, run));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
    expect(existsSync(calls[0]!.jobFile)).toBe(false);
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('answers a reason instead of throwing when the temporary file cannot be written', async () => {
    const { run, calls } = fakeRun();
    const result = await printRawBytes('POS-58', BYTES, { ...deps('linux', run), tmpDir: path.join(tmpDir, 'missing') });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^Struk tidak dapat disiapkan untuk dicetak \(berkas sementara\): ENOENT/);
    expect(calls).toEqual([]);
  });
});
