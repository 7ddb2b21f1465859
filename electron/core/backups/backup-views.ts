import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseBackupName } from './backup-names';
import { listBackups } from './list-backups';

export interface BackupView {
  name: string;
  at: number;
  bytes: number;
  reason: string;
}

/** The backups folder as the owner sees it: newest first, time and reason from the name. */
export function backupViews(dir: string): BackupView[] {
  const views = listBackups(dir).flatMap((file) => {
    try {
      return statSync(file).isFile() ? [viewOf(file)] : [];
    } catch {
      return []; // pruned between the listing and now
    }
  });
  return views.sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1));
}

export function viewOf(file: string): BackupView {
  const stat = statSync(file);
  const named = parseBackupName(file);
  return { name: basename(file), at: named?.at ?? Math.round(stat.mtimeMs), bytes: stat.size, reason: named?.reason ?? 'other' };
}
