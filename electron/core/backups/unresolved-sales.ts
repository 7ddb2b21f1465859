import Database from 'better-sqlite3';
import { providerIds } from '../domain/provider-id';
import { AppError } from '../errors/app-error';
import { countOpenSales } from '../providers/registry/open-sales-guard';

/**
 * A restore replaces the books; the current ones survive only as the kept-aside file, which nothing
 * reconciles. A sale not yet final there (committed, sent, pending, unknown, or a late success not yet
 * resolved) would be forgotten: a later success at the provider, and the money it moves, lost. So a
 * restore waits until the Pending panel is clear. "Open" is the provider switch's notion
 * (open-sales-guard.ts), over every provider.
 */
export function assertNoUnresolvedSales(db: Database.Database): void {
  const open = providerIds.reduce((sum, provider) => sum + countOpenSales(db, provider), 0);
  if (open === 0) return;
  throw new AppError(
    'conflict',
    `Masih ada ${open} transaksi yang belum selesai. Tunggu hasilnya atau selesaikan di panel Tertunda (F8) sebelum memulihkan cadangan.`,
  );
}

/** The check on the ledger file while the core has it open (a second, read-only connection: WAL lets it read). */
export function assertFileHasNoUnresolvedSales(dbFile: string): void {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    assertNoUnresolvedSales(db);
  } finally {
    db.close();
  }
}
