import { basename } from 'node:path';

/**
 * A backup's file name says when and why it was made: `loket-<ISO time with : and . as ->-<reason>.db`,
 * e.g. `loket-2026-11-30T20-53-49-123Z-manual.db`. The stamp has a fixed width, so sorting the names
 * sorts the backups by time. Names that do not follow it (a file copied in by hand) still list, by
 * their file time and reason 'other'.
 */
const NAMED = /^loket-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([A-Za-z0-9_-]+)\.db$/;

export const BACKUP_FILE = /^loket-.*\.db$/;

/** Kept aside by a restore: the books as they were just before. */
export const BEFORE_RESTORE = 'before-restore';
export const MANUAL = 'manual';

export function backupName(reason: string, at: number): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  return `loket-${stamp}-${reason.replace(/[^a-z0-9-]/gi, '_')}.db`;
}

export function parseBackupName(file: string): { at: number; reason: string } | null {
  const match = NAMED.exec(basename(file));
  if (!match) return null;
  const [, day, h, m, s, ms, reason] = match;
  const at = Date.parse(`${day}T${h}:${m}:${s}.${ms}Z`);
  return Number.isFinite(at) && reason ? { at, reason } : null;
}

export function reasonOf(file: string): string {
  return parseBackupName(file)?.reason ?? 'other';
}
