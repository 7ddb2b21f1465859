import type Database from 'better-sqlite3';
import type { ReceiptCopy, SlipKind } from './receipt-model';

export interface PrintAttempt {
  saleId: number;
  slip: SlipKind;
  copy: 'original' | 'duplicate';
  at: number;
  /** Where it went, readable: "tcp://192.168.1.50:9100", later an OS printer's name or "pdf". */
  target: string;
  ok: boolean;
  /** The Indonesian reason when it did not print. */
  error: string | null;
}

/**
 * The receipt_print table (migration 006): every print attempt, appended. A slip is an original
 * until one print of it succeeded; every later one is a DUPLIKAT numbered by the successful
 * reprints before it. A failed print counts for nothing (the retry is still the original).
 */
export class ReceiptPrintLog {
  constructor(private readonly db: Database.Database) {}

  nextCopy(saleId: number, slip: SlipKind, at: number): ReceiptCopy {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS printed, COALESCE(SUM(copy = 'duplicate'), 0) AS reprints
           FROM receipt_print WHERE sale_id = ? AND slip = ? AND ok = 1`,
      )
      .get(saleId, slip) as { printed: number; reprints: number };
    return row.printed === 0 ? { kind: 'original' } : { kind: 'duplicate', reprintNumber: row.reprints + 1, at };
  }

  record(attempt: PrintAttempt): void {
    this.db
      .prepare('INSERT INTO receipt_print (sale_id, slip, copy, at, target, ok, error) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(attempt.saleId, attempt.slip, attempt.copy, attempt.at, attempt.target, attempt.ok ? 1 : 0, attempt.ok ? null : attempt.error);
  }

  history(saleId: number): PrintAttempt[] {
    const rows = this.db
      .prepare('SELECT sale_id AS saleId, slip, copy, at, target, ok, error FROM receipt_print WHERE sale_id = ? ORDER BY id')
      .all(saleId) as (Omit<PrintAttempt, 'ok'> & { ok: number })[];
    return rows.map((r) => ({ ...r, ok: r.ok === 1 }));
  }
}
