import { basename, join } from 'node:path';
import type { Reopener } from '../app/reopenable-core';
import { ensurePrivateDir } from '../ledger/private-files';
import { backupName, BEFORE_RESTORE } from './backup-names';
import { discard, putBack, stageBackup, swapInStaged } from './restore-files';
import { assertFileHasNoUnresolvedSales } from './unresolved-sales';

export interface RestoreTarget {
  /** loket.db */
  dbFile: string;
  backupDir: string;
  reopener: Reopener;
  now: () => number;
}

let stagings = 0;

/**
 * Replaces the books with a backup. Refused while the current books hold a sale not yet final
 * (unresolved-sales.ts), and checked first, changing nothing (check-ledger-file.ts); then the
 * core closes, the current file is kept aside as `backups/loket-<time>-before-restore.db`, the backup
 * takes its place and the core re-opens on it (older backups are migrated as they open). Answered
 * after the re-open; a restored file that will not open puts the previous books back.
 */
export async function restoreLedger(source: string, target: RestoreTarget): Promise<{ restoredFrom: string; keptAside: string }> {
  // Before anything closes: a refusal here leaves everyone signed in.
  assertFileHasNoUnresolvedSales(target.dbFile);
  stagings += 1;
  const staging = `${target.dbFile}.restore-${process.pid}-${stagings}`;
  stageBackup(source, staging);
  try {
    const keptAside = join(target.backupDir, backupName(BEFORE_RESTORE, target.now()));
    return await target.reopener.reopen({
      swap: () => {
        // An outlet that never made a backup has no backups folder yet.
        ensurePrivateDir(target.backupDir);
        swapInStaged(staging, target.dbFile, keptAside);
        return { restoredFrom: source, keptAside };
      },
      undo: () => putBack(keptAside, target.dbFile),
      failedMessage: (err) =>
        `Cadangan ${basename(source)} tidak dapat dibuka (${err instanceof Error ? err.message : String(err)}). ` +
        'Buku sebelumnya sudah dipasang kembali; tidak ada yang berubah.',
    });
  } finally {
    discard(staging);
  }
}
