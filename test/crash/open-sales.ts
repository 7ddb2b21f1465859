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
}

const IN_DOUBT = "('sent','pending','unknown')";

/** Sales that may have reached the provider and are not settled: what an outage must leave alone. */
export function salesInDoubt(dataDir: string): SaleInDoubt[] {
  if (!existsSync(join(dataDir, 'loket.db'))) return []; // before the first seller run
  return read(dataDir, (db) => db.prepare(`SELECT id, provider, state FROM sale WHERE state IN ${IN_DOUBT} ORDER BY id`).all() as SaleInDoubt[]);
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

function read<T>(dataDir: string, query: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'loket.db'), { readonly: true, fileMustExist: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}
