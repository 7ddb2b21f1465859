import { accessSync, constants, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AppError } from '../errors/app-error';
import { flushFile, flushFolder } from './flush-to-disk';

/**
 * Copies a backup out of this computer (a USB stick). The folder must already exist and be
 * writable: nothing is created on a mistyped path. The copy is written as `<name>.part`, flushed
 * to the stick, then renamed to the first free name: a stick pulled out mid-copy leaves a `.part`,
 * never a truncated `.db`; an existing file of the same name is never overwritten (the copy becomes
 * -2, -3...). Rename, not link(): FAT/exFAT sticks have no hard links.
 */
export function copyBackupOut(source: string, folder: string): { file: string; bytes: number } {
  checkFolder(folder);
  const base = basename(source, extname(source));
  const part = join(folder, `${base}.db.part`);
  try {
    copyFileSync(source, part);
    flushFile(part);
  } catch (err) {
    rmSync(part, { force: true });
    throw new AppError('invalid_input', `Cadangan tidak dapat disalin ke ${folder}: ${describe(err)}`);
  }
  try {
    const file = freeName(folder, base);
    renameSync(part, file);
    flushFolder(folder);
    return { file, bytes: statSync(file).size };
  } catch (err) {
    rmSync(part, { force: true });
    throw new AppError('invalid_input', `Cadangan tidak dapat disalin ke ${folder}: ${describe(err)}`);
  }
}

function freeName(folder: string, base: string): string {
  for (let n = 1; ; n += 1) {
    const file = join(folder, n === 1 ? `${base}.db` : `${base}-${n}.db`);
    if (!existsSync(file)) return file;
  }
}

function checkFolder(folder: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new AppError('invalid_input', `Folder ${folder} tidak ditemukan. Pasang flashdisk-nya atau periksa alamatnya.`);
  }
  if (!isFolder) throw new AppError('invalid_input', `${folder} bukan folder. Tulis alamat folder tujuan, bukan file.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new AppError('invalid_input', `Folder ${folder} tidak dapat ditulisi (terkunci atau hanya-baca).`);
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return 'tempat penyimpanan penuh';
  if (code === 'EACCES' || code === 'EPERM') return 'tidak ada izin menulis';
  return err instanceof Error ? err.message : String(err);
}
