import type Database from 'better-sqlite3';
import type { ProviderId } from '../../domain/provider-id';
import { AppError } from '../../errors/app-error';

const OPEN_STATES = "('committed','sent','pending','unknown')";

/**
 * Sales of this provider still in flight or in doubt, or carrying a late-success alert the owner has
 * not resolved (its resolution may still move that mode's deposit); `liveOnly`: only those sent in Live.
 */
export function countOpenSales(db: Database.Database, provider: ProviderId, liveOnly = false): number {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS n FROM sale WHERE provider = ?
         AND (state IN ${OPEN_STATES} OR (alert IS NOT NULL AND alert_resolved_at IS NULL))${liveOnly ? " AND provider_mode = 'live'" : ''}`,
    )
    .get(provider) as { n: number };
  return row.n;
}

/**
 * An open sale is checked through the endpoint it was sent to and its money is held in that mode's
 * deposit. Switching Sandbox <-> Live, or moving the live address or credentials, while one is open
 * would strand it (and move training holds into a real deposit, or the reverse), so it is refused
 * until the Pending panel is clear.
 */
export function assertNoOpenSales(db: Database.Database, provider: ProviderId, name: string, change: 'mode' | 'live-endpoint'): void {
  const open = countOpenSales(db, provider, change === 'live-endpoint');
  if (open === 0) return;
  const what = change === 'mode' ? 'beralih antara Sandbox dan Live' : 'mengganti alamat API atau kredensial Live';
  throw new AppError(
    'conflict',
    `${name} masih punya ${open} transaksi yang belum selesai${change === 'live-endpoint' ? ' di mode Live' : ''}. ` +
      `Selesaikan dulu di panel Tertunda sebelum ${what}.`,
  );
}

/**
 * A bill inquiry belongs to the endpoint that answered it (IAK pays under the inquiry's own ref_id,
 * Ayoconnect by its inquiryId). When the provider now points elsewhere, those inquiries cannot be
 * paid: they expire at once and the cashier inquires again ("Cek ulang tagihan").
 */
export function expireOpenInquiries(db: Database.Database, provider: ProviderId, now: number): number {
  return db
    .prepare('UPDATE bill_inquiry SET expires_at = ? WHERE provider = ? AND expires_at > ? AND id NOT IN (SELECT inquiry_id FROM sale WHERE inquiry_id IS NOT NULL)')
    .run(now, provider, now).changes;
}
