import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors/app-error';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../ledger/private-files';

/**
 * E-tickets kept in <dataDir>/etickets/<CODE>.pdf, owner-only like the books (names and passport
 * numbers). Downloaded once: a later call reads the saved file, so the ticket opens and prints
 * offline. A download that is slow, too big or not a PDF saves nothing.
 */
export const ETICKET_TIMEOUT_MS = 10_000;
export const ETICKET_MAX_BYTES = 5 * 1024 * 1024;

export function eticketFileName(bookingCode: string): string {
  return `${bookingCode.toUpperCase()}.pdf`;
}

export function readSavedEticket(dataDir: string, fileName: string): Buffer | null {
  const file = join(dataDir, 'etickets', fileName);
  return existsSync(file) ? readFileSync(file) : null;
}

/** Written as a hidden .part (0600) and renamed when complete: a crash never leaves a short PDF under the real name. */
export function saveEticket(dataDir: string, fileName: string, bytes: Buffer): void {
  const dir = join(dataDir, 'etickets');
  ensurePrivateDir(dir);
  const partial = join(dir, `.${fileName}.part`);
  const fd = openSync(partial, 'w', PRIVATE_FILE_MODE);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(partial, join(dir, fileName));
}

/** GET of MMBC's e-ticket link: 10 s, at most 5 MB, and it must be a PDF ("%PDF-"). */
export async function downloadEticket(url: string, timeoutMs = ETICKET_TIMEOUT_MS): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (err) {
    const timedOut = (err as Error).name === 'TimeoutError';
    throw new AppError('provider_unavailable', `E-tiket belum bisa diunduh: ${timedOut ? `tidak ada jawaban dalam ${timeoutMs / 1000} detik` : 'server e-tiket tidak bisa dihubungi'}. Coba lagi.`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new AppError('provider_unavailable', `E-tiket belum bisa diunduh: server menjawab HTTP ${response.status}. Coba lagi.`);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > ETICKET_MAX_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw tooBig();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += (chunk as Uint8Array).byteLength;
      if (size > ETICKET_MAX_BYTES) throw tooBig();
      chunks.push(Buffer.from(chunk as Uint8Array));
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('provider_unavailable', 'E-tiket belum bisa diunduh: unduhan terputus. Coba lagi.');
  }
  const bytes = Buffer.concat(chunks);
  if (!bytes.subarray(0, 5).equals(Buffer.from('%PDF-'))) {
    throw new AppError('provider_unavailable', 'Tautan e-tiket dari MMBC tidak berisi PDF (mungkin halaman error). Tidak ada yang disimpan; coba lagi nanti.');
  }
  return bytes;
}

function tooBig(): AppError {
  return new AppError('provider_unavailable', `E-tiket lebih dari ${ETICKET_MAX_BYTES / 1024 / 1024} MB: tidak diunduh. Hubungi MMBC.`);
}
