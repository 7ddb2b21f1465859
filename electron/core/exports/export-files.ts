import { existsSync, readdirSync, statSync } from 'node:fs';
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
  for (let n = 1; n < 10_000; n += 1) {
    const name = n === 1 ? `${base}.${format}` : `${base}-${n}.${format}`;
    if (!taken.has(name) && !existsSync(join(folder, name))) return name;
  }
  throw new Error(`no free export file name for ${base}`);
}

/** The file a running export writes; hidden and never listed, renamed to its real name only when complete. */
export function partialFileName(jobId: string): string {
  return `.loket-penjualan-${jobId}.part`;
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
