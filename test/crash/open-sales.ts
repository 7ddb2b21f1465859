import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the sales file straight from disk (another process owns the core), for the outage
 * variant: which sales were in doubt when the app went down, and what became of them since.
 */
export interface SaleInDoubt {
  id: number;
  provider: string;
  state: string;
  /** The reconciler asks the provider about it (not waiting for the operator, not MMBC without an invoice). */
  checkable: boolean;
}

const IN_DOUBT = "('sent','pending','unknown')";

/** Sales that may have reached the provider and are not settled: what an outage must leave alone. */
export function salesInDoubt(dataDir: string): SaleInDoubt[] {
  if (!existsSync(join(dataDir, 'loket.db'))) return []; // before the first seller run
  const rows = read(dataDir, (db) =>
    db
      .prepare(
        `SELECT id, provider, state, needs_operator = 0 AND NOT (provider = 'mmbc' AND provider_ref IS NULL) AS checkable
           FROM sale WHERE state IN ${IN_DOUBT} ORDER BY id`,
      )
      .all() as (Omit<SaleInDoubt, 'checkable'> & { checkable: number })[],
  );
  return rows.map((row) => ({ ...row, checkable: row.checkable === 1 }));
}

/** Those of `sales` that are settled now, each with the move that settled it, as the failure message shows it. */
export function settledSince(dataDir: string, sales: SaleInDoubt[]): string[] {
  if (sales.length === 0) return [];
  return read(dataDir, (db) => {
    const settle = db.prepare(
      `SELECT s.id, s.provider, s.state, e.source, e.detail FROM sale s
         JOIN sale_event e ON e.sale_id = s.id AND e.to_state = s.state
        WHERE s.id = ? AND s.state NOT IN ${IN_DOUBT} ORDER BY e.id DESC LIMIT 1`,
    );
    return sales
      .map((sale) => settle.get(sale.id) as { id: number; provider: string; state: string; source: string; detail: string } | undefined)
      .filter((row) => row !== undefined)
      .map((row) => `sale ${row.id} (${row.provider}) ${row.state} by ${row.source}: ${row.detail}`);
  });
}

/**
 * How many status checks of `sales` between `from` and `to` (ms) got no answer: the events the
 * reconciler records for a check that reached nobody ("[not_reached]") or whose call failed
 * ("Cek status tanpa jawaban provider"). Proof that the outage was actually met by a check.
 */
export function unansweredChecks(dataDir: string, sales: SaleInDoubt[], from: number, to: number): number {
  if (sales.length === 0) return 0;
  return read(dataDir, (db) => {
    const count = db.prepare(
      `SELECT COUNT(*) AS n FROM sale_event WHERE sale_id = ? AND at BETWEEN ? AND ?
          AND (instr(detail, '[not_reached]') > 0 OR instr(detail, 'tanpa jawaban') > 0)`,
    );
    return sales.reduce((sum, sale) => sum + (count.get(sale.id, from, to) as { n: number }).n, 0);
  });
}

function read<T>(dataDir: string, query: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'loket.db'), { readonly: true, fileMustExist: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}
