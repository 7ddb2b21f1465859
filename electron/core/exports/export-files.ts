import { constants, copyFileSync, existsSync, linkSync, readdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { DayRange } from './sale-export-row';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportFileInfo {
  fileName: string;
  path: string;
  bytes: number;
  modifiedAt: number;
}

/** Only files this module names: loket-penjualan-<day>[_<day>][-n].<xlsx|csv>. */
export const EXPORT_FILE_NAME = /^loket-penjualan-\d{4}-\d{2}-\d{2}(_\d{4}-\d{2}-\d{2})?(-\d{1,4})?\.(xlsx|csv)$/;

/** loket-penjualan-2026-11-30 for a day, loket-penjualan-2026-11-01_2026-11-30 for a range. */
export function exportBaseName(range: DayRange): string {
  return range.from === range.to ? `loket-penjualan-${range.from}` : `loket-penjualan-${range.from}_${range.to}`;
}

/**
 * The first free name in the folder: an earlier export of the same day is never overwritten, the
 * next one is -2, -3... `taken` holds the names running exports have claimed but not written yet.
 */
export function freeFileName(folder: string, base: string, format: ExportFormat, taken: ReadonlySet<string>): string {
  for (const name of exportFileNames(base, format)) {
    if (!taken.has(name) && !existsSync(join(folder, name))) return name;
  }
  throw new Error(`no free export file name for ${base}`);
}

/** base.xlsx, base-2.xlsx, ... base-9999.xlsx: the names an export of this range may take, in order. */
export function* exportFileNames(base: string, format: ExportFormat): Generator<string> {
  for (let n = 1; n < 10_000; n += 1) yield n === 1 ? `${base}.${format}` : `${base}-${n}.${format}`;
}

/** Error codes of a file system that has no hard links (FAT32/exFAT USB drives, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Gives the complete file `partial` the name `target` unless a file of that name exists, in one
 * step that never replaces anything (a rename silently replaces a file that appeared after a check):
 * a hard link fails with EEXIST, then the partial's name is dropped. Where the file system has no
 * hard links, an exclusive copy does the same (slower; the copy is not atomic, a crash during it
 * can leave a short file under the real name). False when the name is taken.
 */
export function placeWithoutReplacing(partial: string, target: string): boolean {
  try {
    linkSync(partial, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw err;
    try {
      copyFileSync(partial, target, constants.COPYFILE_EXCL);
    } catch (copyErr) {
      if ((copyErr as NodeJS.ErrnoException).code === 'EEXIST') return false;
      rmSync(target, { force: true });
      throw copyErr;
    }
  }
  unlinkSync(partial);
  return true;
}

/** The file a running export writes; hidden and never listed, renamed to its real name only when complete. */
export function partialFileName(jobId: string): string {
  return `.loket-penjualan-${jobId}.part`;
}

const PARTIAL_FILE_NAME = /^\.loket-penjualan-.+\.part$/;

/**
 * Removes the partial files a crash or a quit left in the folder (only this module's names; `keep`
 * = the running jobs' own). A folder that is gone or unreadable is left for the export to report.
 */
export function removeStalePartials(folder: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (PARTIAL_FILE_NAME.test(name) && !keep.has(name)) rmSync(join(folder, name), { force: true });
}

/** Finished exports in the folder, newest first. */
export function listExportFiles(folder: string): ExportFileInfo[] {
  const files: ExportFileInfo[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isFile() || !EXPORT_FILE_NAME.test(entry.name)) continue;
    const path = join(folder, entry.name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat) files.push({ fileName: entry.name, path, bytes: stat.size, modifiedAt: Math.round(stat.mtimeMs) });
  }
  return files.sort((a, b) => b.modifiedAt - a.modifiedAt || b.fileName.localeCompare(a.fileName));
}
