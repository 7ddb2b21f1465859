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

const COLUMNS = 'sale.id, sale.ref_id AS refId, sale.product_name AS productName, sale.customer_no AS customerNo, sale.price, sale.created_at AS createdAt';
/** Matches the partial index sale_open (migration 004) word for word, so only open sales are read. */
const OPEN = "sale.state IN ('committed','sent','pending','unknown')";

/**
 * Sales not settled now (whichever shift took them): the open shift carries them. Read through the
 * open-sale index, so it costs the few open sales, never the history.
 */
export function salesOpenNow(db: Database.Database): CarriedSale[] {
  return db.prepare(`SELECT ${COLUMNS}, sale.state FROM sale WHERE ${OPEN} ORDER BY sale.id`).all() as CarriedSale[];
}

/**
 * Written in the close's transaction: the sales still open at the close, in the state they were in
 * then, so the closed shift's report (reprinted any time) reads its own rows instead of searching
 * the sale table for what settled after the close.
 */
export function recordCarriedOver(db: Database.Database, shiftId: number): void {
  db.prepare(`INSERT INTO shift_carried_over (shift_id, sale_id, state) SELECT ?, sale.id, sale.state FROM sale WHERE ${OPEN}`).run(shiftId);
}

/** The sales a closed shift carried over, as they were at its close. */
export function carriedOverAtClose(db: Database.Database, shiftId: number): CarriedSale[] {
  return db
    .prepare(`SELECT ${COLUMNS}, c.state FROM shift_carried_over c JOIN sale ON sale.id = c.sale_id WHERE c.shift_id = ? ORDER BY sale.id`)
    .all(shiftId) as CarriedSale[];
}
