import type Database from 'better-sqlite3';
import { damagedSale, type DamagedSale } from './damaged-sale';
import { readableRows, readRowsKeepingPlaceholders } from './readable-rows';
import { SALE_COLUMNS, toSaleRecord, type SaleRecord } from './sale-record';
import type { SaleState } from './state-machine';

/** Read side of sales for History and the Pending panel. */
export function listSales(
  db: Database.Database,
  filter: { query?: string; state?: SaleState; from?: string; to?: string; limit?: number; userId?: number | null },
): SaleRecord[] {
  const where: string[] = [];
  const params: (string | number | null)[] = [];
  if (filter.query?.trim()) {
    // The cashier's text is matched literally: % and _ (LIKE's wildcards) and the escape itself are escaped.
    const q = `%${filter.query.trim().replace(/[\\%_]/g, '\\$&')}%`;
    where.push(
      "(customer_no LIKE ? ESCAPE '\\' OR ref_id LIKE ? ESCAPE '\\' OR provider_ref LIKE ? ESCAPE '\\' OR product_name LIKE ? ESCAPE '\\')",
    );
    params.push(q, q, q, q);
  }
  if (filter.state) {
    where.push('state = ?');
    params.push(filter.state);
  }
  if (filter.from) {
    where.push('business_day >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('business_day <= ?');
    params.push(filter.to);
  }
  let order = 'id DESC';
  if (filter.userId !== undefined) {
    // One user's sales (null: no signed-in user) are a range of sale_by_user (user_id, business_day,
    // then the rowid): newest day first, newest first within it, read straight off the index and
    // stopped at the limit. Ordering by id alone would make SQLite walk the whole table backwards
    // (its rowid order) until it found enough of a user who sold little. Within a day ids still run
    // in time order, so the list reads the same as the unfiltered one.
    where.push('user_id IS ?');
    params.push(filter.userId);
    order = 'business_day DESC, id DESC';
  }
  const sql = `SELECT ${SALE_COLUMNS} FROM sale ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
  return readSales(db.prepare(sql).all(...params, filter.limit ?? 100));
}

/**
 * The Pending panel's sales: in flight, waiting for the operator, refund due, late-success alert.
 * None may vanish: a row that cannot be read comes back as a damaged placeholder.
 */
export function openSales(db: Database.Database): { sales: SaleRecord[]; damaged: DamagedSale[] } {
  const rows = db
    .prepare(
      `SELECT ${SALE_COLUMNS} FROM sale WHERE state IN ('committed','sent','pending','unknown') OR refund = 'due'
         OR (alert IS NOT NULL AND alert_resolved_at IS NULL) ORDER BY id`,
    )
    .all() as Parameters<typeof toSaleRecord>[0][];
  const { read, unreadable } = readRowsKeepingPlaceholders(rows, toSaleRecord, damagedSale, (r) => `sale ${r.refId}`);
  return { sales: read, damaged: unreadable };
}

/** Rows to records, each on its own (a broken row is left out, see readable-rows.ts). */
function readSales(rows: unknown[]): SaleRecord[] {
  return readableRows(rows, (r) => toSaleRecord(r as never), (r) => `sale ${(r as { refId?: string }).refId ?? '?'}`);
}
