import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { Ledger, openLedger } from '../../electron/core/ledger';
import { makeTempDir } from './temp-dir';

export interface LedgerFixture {
  ledger: Ledger;
  db: Database.Database;
  dir: string;
  close(): void;
}

/** A real ledger file in a temp dir, fully migrated, with a controllable clock. */
export async function openTestLedger(now: () => number = () => Date.UTC(2026, 10, 24, 3, 0, 0)): Promise<LedgerFixture> {
  const { dir, cleanup } = makeTempDir();
  const db = await openLedger({ file: join(dir, 'loket.db'), backupDir: join(dir, 'backups') });
  const ledger = new Ledger(db, { now, timeZone: 'Asia/Jakarta' });
  return {
    ledger,
    db,
    dir,
    close() {
      if (db.open) db.close();
      cleanup();
    },
  };
}
