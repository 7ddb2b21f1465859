import { AppError } from '../errors/app-error';

export type ExportJobState = 'running' | 'done' | 'failed' | 'cancelled';

/** What the screens see of an export (the contract's exportJobView). */
export interface ExportJobView {
  jobId: string;
  format: 'xlsx' | 'csv';
  from: string;
  to: string;
  state: ExportJobState;
  done: number;
  total: number;
  fileName: string;
  path: string | null;
  message: string | null;
}

/** Thrown inside a job when the owner pressed Batal; the job ends 'cancelled', not 'failed'. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
  }
}

/**
 * Why an export failed, in words the owner can act on. The partial file is always removed first,
 * so every message can promise that nothing half-written was left behind.
 */
export function failureMessage(err: unknown): string {
  if (err instanceof AppError) return err.message;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const leftNothing = 'Tidak ada file setengah jadi yang tertinggal.';
  switch (code) {
    case 'ENOSPC':
      return `Ekspor gagal: disk penuh. Kosongkan ruang disk lalu ulangi. ${leftNothing}`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Ekspor gagal: folder ekspor tidak bisa ditulis. Pilih folder lain di Pengaturan. ${leftNothing}`;
    case 'ENOENT':
      return `Ekspor gagal: folder ekspor tidak ditemukan lagi (drive dicabut?). Pasang lagi atau pilih folder lain di Pengaturan. ${leftNothing}`;
    default:
      return `Ekspor gagal karena kesalahan saat menyusun file. ${leftNothing} Coba lagi.`;
  }
}

/** Lets other channels answer between two chunks of a long export. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
