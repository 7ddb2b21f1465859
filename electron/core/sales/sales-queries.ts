import type Database from 'better-sqlite3';
import { damagedSale, type DamagedSale } from './damaged-sale';
import { readableRows, readRowsKeepingPlaceholders } from './readable-rows';
import { SALE_COLUMNS, toSaleRecord, type SaleRecord } from './sale-record';
import type { SaleState } from './state-machine';

/** What History filters by; every filter applies to the press's last attempt. */
export interface SalesFilter {
  query?: string;
  state?: SaleState;
  from?: string;
  to?: string;
  limit?: number;
  userId?: number | null;
}

/**
 * The WHERE of History's filter. One row per cashier press: an attempt an automatic reroute
 * replaced (`rerouted_to`, set by a trigger, migration 009) is not a sale of its own; the search
 * still finds the press by an earlier attempt's ref, number or provider ref (walked forward to the
 * chain's last attempt).
 */
function pressFilter(filter: SalesFilter): { where: string[]; params: (string | number | null)[] } {
  const where: string[] = ['rerouted_to IS NULL'];
  const params: (string | number | null)[] = [];
  if (filter.query?.trim()) {
    // The cashier's text is matched literally: % and _ (LIKE's wildcards) and the escape itself are escaped.
    const q = `%${filter.query.trim().replace(/[\\%_]/g, '\\$&')}%`;
    const match = "(customer_no LIKE ? ESCAPE '\\' OR ref_id LIKE ? ESCAPE '\\' OR provider_ref LIKE ? ESCAPE '\\' OR product_name LIKE ? ESCAPE '\\')";
    where.push(
      `(${match} OR id IN (WITH RECURSIVE chain(id, next) AS (
          SELECT id, rerouted_to FROM sale WHERE rerouted_to IS NOT NULL AND ${match}
          UNION ALL SELECT s.id, s.rerouted_to FROM sale s JOIN chain ON s.id = chain.next)
        SELECT id FROM chain WHERE next IS NULL))`,
    );
    params.push(q, q, q, q, q, q, q, q);
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
  if (filter.userId !== undefined) {
    where.push('user_id IS ?');
    params.push(filter.userId);
  }
  return { where, params };
}

/** Read side of sales for History: one row per press, newest first. */
export function listSales(db: Database.Database, filter: SalesFilter): SaleRecord[] {
  const { where, params } = pressFilter(filter);
  // One user's sales (null: no signed-in user) are a range of sale_by_user (user_id, business_day,
  // then the rowid): newest day first, newest first within it, read straight off the index and
  // stopped at the limit. Ordering by id alone would make SQLite walk the whole table backwards
  // (its rowid order) until it found enough of a user who sold little. Within a day ids still run
  // in time order, so the list reads the same as the unfiltered one.
  const order = filter.userId !== undefined ? 'business_day DESC, id DESC' : 'id DESC';
  const sql = `SELECT ${SALE_COLUMNS} FROM sale WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`;
  return readSales(db.prepare(sql).all(...params, filter.limit ?? 100));
}

/** History's totals row: the presses the WHOLE filter finds (not only the loaded page) and what the successful ones took. */
export function salesTotals(db: Database.Database, filter: SalesFilter): { count: number; successCount: number; successPrice: number } {
  const { where, params } = pressFilter(filter);
  const row = db
    .prepare(
      `SELECT COUNT(*) AS count, COALESCE(SUM(state = 'success'), 0) AS successCount,
         COALESCE(SUM(CASE WHEN state = 'success' THEN price ELSE 0 END), 0) AS successPrice
       FROM sale WHERE ${where.join(' AND ')}`,
    )
    .get(...params) as { count: number; successCount: number; successPrice: number };
  return { count: row.count, successCount: row.successCount, successPrice: row.successPrice };
}

/** One attempt of a press, for the detail: which provider, what became of it, its words, when. */
export interface SaleAttempt {
  id: number;
  refId: string;
  provider: SaleRecord['provider'];
  state: SaleState;
  message: string | null;
  createdAt: number;
}

/** Every attempt of the press `saleId` belongs to, oldest first (one entry when it was never rerouted). */
export function saleAttempts(db: Database.Database, saleId: number): SaleAttempt[] {
  return db
    .prepare(
      `WITH RECURSIVE back(id) AS (SELECT ? UNION ALL SELECT s.rerouted_from FROM sale s JOIN back ON s.id = back.id WHERE s.rerouted_from IS NOT NULL),
         fwd(id) AS (SELECT ? UNION ALL SELECT s.rerouted_to FROM sale s JOIN fwd ON s.id = fwd.id WHERE s.rerouted_to IS NOT NULL)
       SELECT id, ref_id AS refId, provider, state, message, created_at AS createdAt FROM sale
        WHERE id IN (SELECT id FROM back UNION SELECT id FROM fwd) ORDER BY id`,
    )
    .all(saleId, saleId) as SaleAttempt[];
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
