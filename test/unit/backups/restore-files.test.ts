import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { stageBackup, swapInStaged } from '../../../electron/core/backups/restore-files';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { addSales } from '../../support/user-rows';

/**
 * The swap itself, on real ledger files with the core closed. A restore checks for unresolved sales
 * before it closes the core; a call still running then may leave one behind, so the swap checks the
 * closed books once more and refuses, changing nothing.
 */
let fixture: LedgerFixture | undefined;
afterEach(() => fixture?.close());

describe('swapInStaged', () => {
  it('refuses closed books holding a pending sale: nothing kept aside, nothing renamed', async () => {
    fixture = await openTestLedger();
    const dbFile = join(fixture.dir, 'loket.db');
    const backup = join(fixture.dir, 'backup.db');
    await fixture.db.backup(backup);
    addSales(fixture.db, [{ ref: 'swap-pending-1', userId: null, day: '2026-11-24', state: 'pending', price: 12_000, cost: 10_800 }]);
    fixture.db.close();
    const staging = join(fixture.dir, 'loket.db.restoring');
    stageBackup(backup, staging);
    const keptAside = join(fixture.dir, 'kept-aside.db');

    expect(() => swapInStaged(staging, dbFile, keptAside)).toThrow(
      'Masih ada 1 transaksi yang belum selesai. Tunggu hasilnya atau selesaikan di panel Tertunda (F8) sebelum memulihkan cadangan.',
    );
    expect(existsSync(keptAside)).toBe(false);
    expect(existsSync(staging)).toBe(true);
    const books = new Database(dbFile, { readonly: true });
    try {
      expect(books.prepare('SELECT ref_id, state FROM sale').all()).toEqual([{ ref_id: 'swap-pending-1', state: 'pending' }]);
    } finally {
      books.close();
    }
  });

  it('swaps settled books: the old file kept aside, the staged one in place', async () => {
    fixture = await openTestLedger();
    const dbFile = join(fixture.dir, 'loket.db');
    const backup = join(fixture.dir, 'backup.db');
    await fixture.db.backup(backup);
    addSales(fixture.db, [{ ref: 'swap-settled-1', userId: null, day: '2026-11-24', state: 'success', price: 12_000, cost: 10_800 }]);
    fixture.db.close();
    const staging = join(fixture.dir, 'loket.db.restoring');
    stageBackup(backup, staging);
    const keptAside = join(fixture.dir, 'kept-aside.db');

    swapInStaged(staging, dbFile, keptAside);
    expect(existsSync(staging)).toBe(false);
    const count = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare('SELECT COUNT(*) AS n FROM sale').get();
      } finally {
        db.close();
      }
    };
    expect(count(dbFile)).toEqual({ n: 0 });
    expect(count(keptAside)).toEqual({ n: 1 });
  });
});
