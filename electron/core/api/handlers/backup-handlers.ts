import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Handlers } from '../dispatch';
import type { Reopener } from '../../app/reopenable-core';
import { backupDatabase, backupViews, copyBackupOut, copyReminderDue, readLastCopiedAt, recordCopiedOut, restoreLedger, viewOf } from '../../backups';
import { AppError } from '../../errors/app-error';

type BackupChannel = 'backups:list' | 'backups:create' | 'backups:copyTo' | 'backups:restore';

export interface BackupHandlerDeps {
  db: Database.Database;
  /** loket.db */
  dbFile: string;
  backupDir: string;
  reopener: Reopener;
  now: () => number;
}

/** Settings › Cadangan: the backups folder, "Cadangkan sekarang", copy to a USB stick, restore. */
export function backupHandlers(deps: BackupHandlerDeps): Pick<Handlers, BackupChannel> {
  const inFolder = (name: string): string => {
    const file = join(deps.backupDir, name);
    if (!existsSync(file)) throw new AppError('not_found', `Cadangan ${name} tidak ditemukan.`);
    return file;
  };
  return {
    'backups:list': () => {
      const lastCopiedAt = readLastCopiedAt(deps.db);
      return { backups: backupViews(deps.backupDir), lastCopiedAt, reminder: copyReminderDue(deps.db, lastCopiedAt, deps.now()) };
    },
    // A retried request makes a second backup: harmless, and pruning keeps the folder small.
    'backups:create': async () => viewOf((await backupDatabase(deps.db, deps.backupDir, 'manual')).file),
    'backups:copyTo': ({ name, folder }) => {
      const copied = copyBackupOut(inFolder(name), folder);
      recordCopiedOut(deps.db, deps.now());
      return copied;
    },
    'backups:restore': (input) =>
      restoreLedger('name' in input ? inFolder(input.name) : input.file, { dbFile: deps.dbFile, backupDir: deps.backupDir, reopener: deps.reopener, now: deps.now }),
  };
}
