import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE } from './backup-names';

/** Every backup file in `dir`, oldest first (the stamped names sort by time). */
export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => BACKUP_FILE.test(name))
    .sort()
    .map((name) => join(dir, name));
}
