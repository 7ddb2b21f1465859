import type Database from 'better-sqlite3';
import type { SaleState } from '../sales/state-machine';

export interface CarriedSale {
  id: number;
  refId: string;
  productName: string;
  customerNo: string;
  price: number;
  state: SaleState;
  createdAt: number;
}

const COLUMNS = 'id, ref_id AS refId, product_name AS productName, customer_no AS customerNo, price, state, created_at AS createdAt';

/**
 * Sales not settled at `at` (whichever shift took them): they stay open and the next shift carries
 * them, so they show in every report whose close they outlive. Still open now: the open-sale index;
 * settled since: their settle time is after `at`.
 */
export function salesOpenAt(db: Database.Database, at: number, now: number): CarriedSale[] {
  const stillOpen = db
    .prepare(`SELECT ${COLUMNS} FROM sale WHERE state IN ('committed','sent','pending','unknown') AND created_at <= ? ORDER BY id`)
    .all(at) as CarriedSale[];
  if (at >= now) return stillOpen;
  const settledSince = db
    .prepare(
      // Shown in the state it was in at `at` (its history says), not the one it reached later.
      `SELECT ${COLUMNS.replace('state,', '')},
              COALESCE((SELECT e.to_state FROM sale_event e WHERE e.sale_id = sale.id AND e.at <= ? ORDER BY e.id DESC LIMIT 1), 'committed') AS state
         FROM sale WHERE state IN ('success','failed') AND created_at <= ? AND settled_at > ? ORDER BY id`,
    )
    .all(at, at, at) as CarriedSale[];
  return [...stillOpen, ...settledSince].sort((a, b) => a.id - b.id);
}
