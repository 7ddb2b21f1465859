import type Database from 'better-sqlite3';
import { backupDatabase } from '../ledger';

/** Periodic online backups while the app runs. Returns the function that stops them. */
export function startBackupSchedule(db: Database.Database, dir: string, intervalMs: number): () => void {
  if (intervalMs <= 0) return () => undefined;
  const timer = setInterval(() => {
    if (!db.open) return;
    backupDatabase(db, dir, 'scheduled').catch((err: unknown) => console.error('[loket] scheduled backup failed:', err));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
