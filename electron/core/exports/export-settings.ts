import { randomBytes } from 'node:crypto';
import { closeSync, openSync, statSync, unlinkSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { ensurePrivateDir } from '../ledger/private-files';
import type { CsvSeparator } from './csv-export-writer';
import type { ExportFormat } from './export-files';

export interface ExportSettings {
  folder: string;
  defaultFolder: string;
  csvSeparator: CsvSeparator;
  autoExportAtDayClose: boolean;
  autoExportFormat: ExportFormat;
}

export interface ExportSettingsPatch {
  folder?: string;
  csvSeparator?: CsvSeparator;
  autoExportAtDayClose?: boolean;
  autoExportFormat?: ExportFormat;
}

const KEYS = { folder: 'export_folder', separator: 'export_csv_separator', auto: 'export_auto_day_close', autoFormat: 'export_auto_format' } as const;

export function defaultExportFolder(dataDir: string): string {
  return join(dataDir, 'exports');
}

export function readExportSettings(db: Database.Database, dataDir: string): ExportSettings {
  const rows = db.prepare(`SELECT key, value FROM setting WHERE key IN (?, ?, ?, ?)`).all(...Object.values(KEYS)) as { key: string; value: string }[];
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? null;
  const defaultFolder = defaultExportFolder(dataDir);
  return {
    folder: value(KEYS.folder) || defaultFolder,
    defaultFolder,
    csvSeparator: value(KEYS.separator) === ',' ? ',' : ';',
    autoExportAtDayClose: value(KEYS.auto) === '1',
    autoExportFormat: value(KEYS.autoFormat) === 'csv' ? 'csv' : 'xlsx',
  };
}

/** Only the fields sent change; a refused folder changes nothing at all. An empty folder restores the default. */
export function saveExportSettings(db: Database.Database, dataDir: string, patch: ExportSettingsPatch): ExportSettings {
  const folder = patch.folder === undefined ? undefined : patch.folder.trim() === '' ? '' : checkChosenFolder(patch.folder);
  const upsert = db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    if (folder === '') db.prepare('DELETE FROM setting WHERE key = ?').run(KEYS.folder);
    else if (folder !== undefined) upsert.run(KEYS.folder, folder);
    if (patch.csvSeparator !== undefined) upsert.run(KEYS.separator, patch.csvSeparator);
    if (patch.autoExportAtDayClose !== undefined) upsert.run(KEYS.auto, patch.autoExportAtDayClose ? '1' : '0');
    if (patch.autoExportFormat !== undefined) upsert.run(KEYS.autoFormat, patch.autoExportFormat);
  })();
  return readExportSettings(db, dataDir);
}

/**
 * A folder the owner chose: a full path that exists, is a folder, and takes a new file (tried for
 * real: on a read-only drive or a folder of another user the permission bits alone do not tell).
 */
export function checkChosenFolder(input: string): string {
  const folder = input.trim();
  if (!isAbsolute(folder)) throw new AppError('invalid_input', 'Folder ekspor harus alamat lengkap, misalnya D:\\Laporan atau /home/toko/laporan.');
  const resolved = resolve(folder);
  const stat = statSync(resolved, { throwIfNoEntry: false });
  if (!stat) throw new AppError('invalid_input', `Folder ekspor tidak ditemukan: ${resolved}. Buat foldernya dulu atau pilih folder lain.`);
  if (!stat.isDirectory()) throw new AppError('invalid_input', `Ini bukan folder: ${resolved}. Pilih sebuah folder.`);
  if (!canWriteInto(resolved)) throw new AppError('invalid_input', `Folder ekspor tidak bisa ditulis: ${resolved}. Pilih folder lain.`);
  return resolved;
}

function canWriteInto(folder: string): boolean {
  const probe = join(folder, `.loket-tulis-${randomBytes(6).toString('hex')}`);
  try {
    closeSync(openSync(probe, 'wx', 0o600));
    unlinkSync(probe);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder an export is about to write into, checked again now: the default one is created
 * (owner-only, like the rest of the data dir); a chosen one may have gone (a USB drive pulled out).
 */
export function readyExportFolder(settings: ExportSettings): string {
  if (settings.folder === settings.defaultFolder) {
    ensurePrivateDir(settings.folder);
    return settings.folder;
  }
  const stat = statSync(settings.folder, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) {
    throw new AppError('conflict', `Folder ekspor tidak ditemukan: ${settings.folder}. Pasang lagi drive-nya atau pilih folder lain di Pengaturan.`);
  }
  return settings.folder;
}
