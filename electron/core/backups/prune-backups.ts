import { rmSync } from 'node:fs';
import { BEFORE_RESTORE, MANUAL, reasonOf } from './backup-names';
import { listBackups } from './list-backups';

/**
 * The rule: the newest `keep` backups are kept, and two kinds are never deleted at all:
 * - a file kept aside by a restore (`before-restore`): it is the only copy of the books as they
 *   were before the owner replaced them, and restores are rare;
 * - the newest backup the owner made by hand (`manual`): the one they chose to make, typically
 *   just before something risky, must not be pushed out by the 6-hourly schedule.
 * Those two do not count towards `keep`; everything else beyond the newest `keep` goes, oldest first.
 */
export function pruneBackups(dir: string, keep: number): void {
  const all = listBackups(dir);
  const newestManual = all.filter((file) => reasonOf(file) === MANUAL).at(-1);
  const prunable = all.filter((file) => file !== newestManual && reasonOf(file) !== BEFORE_RESTORE);
  for (const file of prunable.slice(0, Math.max(0, prunable.length - keep))) rmSync(file, { force: true });
}
