import type Database from 'better-sqlite3';
import type { ProviderId } from '../domain/provider-id';
import { SALE_COLUMNS, toSaleRecord, type SaleRecord } from './sale-record';
import type { SaleState } from './state-machine';
import { actingUserId } from '../users/call-context';

export type SaleEventSource = 'cashier' | 'provider' | 'poll' | 'callback' | 'recovery' | 'operator';

/**
 * `commission` may be left out: only a flight ticket earns one (0 otherwise). `providerRef` is known
 * at commit only for a flight (its booking code); other sales learn theirs from the provider.
 */
export type NewSale = Omit<
  SaleRecord,
  | 'commission' | 'id' | 'state' | 'needsOperator' | 'providerRef' | 'serial' | 'message' | 'refund' | 'checkCount' | 'nextCheckAt' | 'sentAt' | 'updatedAt' | 'settledAt'
  | 'reportedCost' | 'alert' | 'alertEvidence' | 'alertAt' | 'alertResolvedAt' | 'alertResolution' | 'seller'
> & { commission?: number; providerRef?: string | null };

/** SQL for sales; callers hold the transaction. */
export class SaleRepo {
  constructor(private readonly db: Database.Database) {}

  /** `shiftId`: the cashier's shift that took the money (migration 008), null while none is open. */
  insert(sale: NewSale, shiftId: number | null = null): number {
    const info = this.db
      .prepare(
        `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no,
           customer_name, inquiry_id, price, cost, state, details_json, itrx, rerouted_from, business_day, created_at, updated_at,
           provider_mode, provider_base_url, shift_id, commission, provider_ref, user_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'committed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        sale.requestId, sale.refId, sale.kind, sale.provider, sale.productId, sale.providerCode, sale.productName,
        sale.customerNo, sale.customerName, sale.inquiryId, sale.price, sale.cost, JSON.stringify(sale.details),
        sale.itrx, sale.reroutedFrom, sale.businessDay, sale.createdAt, sale.createdAt, sale.providerMode,
        sale.providerBaseUrl, shiftId, sale.commission ?? 0, sale.providerRef ?? null, actingUserId(),
      );
    return Number(info.lastInsertRowid);
  }

  /** The shift that took a sale's money (a rerouted attempt stays in it, whenever it is committed). */
  shiftOf(id: number): number | null {
    const row = this.db.prepare('SELECT shift_id AS shiftId FROM sale WHERE id = ?').get(id) as { shiftId: number | null } | undefined;
    return row?.shiftId ?? null;
  }

  get(id: number): SaleRecord | undefined {
    const row = this.db.prepare(`SELECT ${SALE_COLUMNS} FROM sale WHERE id = ?`).get(id);
    return row ? toSaleRecord(row as never) : undefined;
  }

  byRequestId(requestId: string): SaleRecord | undefined {
    const row = this.db.prepare(`SELECT ${SALE_COLUMNS} FROM sale WHERE request_id = ? ORDER BY id DESC LIMIT 1`).get(requestId);
    return row ? toSaleRecord(row as never) : undefined;
  }

  byRefId(refId: string): SaleRecord | undefined {
    const row = this.db.prepare(`SELECT ${SALE_COLUMNS} FROM sale WHERE ref_id = ?`).get(refId);
    return row ? toSaleRecord(row as never) : undefined;
  }

  /** The newest attempt of a cashier action (a reroute adds attempts under the same request). */
  latestAttempt(sale: SaleRecord): SaleRecord {
    let current = sale;
    for (;;) {
      const next = this.db.prepare(`SELECT ${SALE_COLUMNS} FROM sale WHERE rerouted_from = ?`).get(current.id);
      if (!next) return current;
      current = toSaleRecord(next as never);
    }
  }

  hasNextAttempt(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM sale WHERE rerouted_from = ? LIMIT 1').get(id) !== undefined;
  }

  /**
   * Refused attempts that kept the customer's money (refund 'none') although no next attempt exists.
   * `rerouted_to IS NULL` (set by a trigger when the next attempt is written, migration 009) keeps the
   * start-up sweep to the partial index sale_failed_unrefunded, which holds only such attempts.
   */
  strandedReroutes(): SaleRecord[] {
    return this.db
      .prepare(
        `SELECT ${SALE_COLUMNS} FROM sale s WHERE state = 'failed' AND refund = 'none' AND rerouted_to IS NULL
           AND NOT EXISTS (SELECT 1 FROM sale n WHERE n.rerouted_from = s.id) ORDER BY id`,
      )
      .all()
      .map((r) => toSaleRecord(r as never));
  }

  update(id: number, fields: Partial<Record<UpdatableColumn, string | number | null>>): void {
    const keys = Object.keys(fields) as UpdatableColumn[];
    if (keys.length === 0) return;
    const set = keys.map((k) => `${k} = @${k}`).join(', ');
    this.db.prepare(`UPDATE sale SET ${set} WHERE id = @id`).run({ ...fields, id });
  }

  addEvent(saleId: number, from: SaleState | null, to: SaleState, source: SaleEventSource, detail: string, at: number): void {
    this.db
      .prepare('INSERT INTO sale_event (sale_id, from_state, to_state, source, detail, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(saleId, from, to, source, detail.slice(0, 1000), at);
  }

  events(saleId: number): { at: number; from: SaleState | null; to: SaleState; source: SaleEventSource; detail: string }[] {
    return this.db
      .prepare('SELECT at, from_state AS "from", to_state AS "to", source, detail FROM sale_event WHERE sale_id = ? ORDER BY id')
      .all(saleId) as never;
  }

  /** Open sales whose next status check is due (or all open ones for the start-up sweep). */
  due(now: number, limit = 20): SaleRecord[] {
    return this.db
      .prepare(
        `SELECT ${SALE_COLUMNS} FROM sale WHERE state IN ('pending','unknown') AND needs_operator = 0
           AND next_check_at IS NOT NULL AND next_check_at <= ? ORDER BY next_check_at LIMIT ?`,
      )
      .all(now, limit)
      .map((r) => toSaleRecord(r as never));
  }

  /**
   * Sales a stopped app left committed or sent (the start-up sweep). The states are written out, not
   * bound: only then can SQLite use the partial index sale_interrupted instead of reading every sale.
   */
  interrupted(): SaleRecord[] {
    return this.db
      .prepare(`SELECT ${SALE_COLUMNS} FROM sale WHERE state IN ('committed','sent') ORDER BY id`)
      .all()
      .map((r) => toSaleRecord(r as never));
  }

  /** Sales of the same product to the same number since `since` (the duplicate guard). */
  recentSame(productIds: readonly string[], customerNo: string, since: number): SaleRecord[] {
    const ids = productIds.map(() => '?').join(', ');
    return this.db
      .prepare(`SELECT ${SALE_COLUMNS} FROM sale WHERE product_id IN (${ids}) AND customer_no = ? AND created_at >= ? AND rerouted_from IS NULL ORDER BY id`)
      .all(...productIds, customerNo, since)
      .map((r) => toSaleRecord(r as never));
  }

  openForCustomer(customerNo: string): SaleRecord[] {
    return this.db
      .prepare(`SELECT ${SALE_COLUMNS} FROM sale WHERE customer_no = ? AND state IN ('committed','sent','pending','unknown') ORDER BY id`)
      .all(customerNo)
      .map((r) => toSaleRecord(r as never));
  }

  /**
   * A provider's per-day counter (MMBC's itrx): one more than the highest given to this product
   * and number within [from, to). Whose day that window is belongs to the provider's side
   * (drivers/mmbc-driver.ts `mmbcItrxDay`).
   */
  nextItrx(provider: ProviderId, providerCode: string, customerNo: string, window: { from: number; to: number }): number {
    const row = this.db
      .prepare(
        `SELECT COALESCE(MAX(itrx), 0) AS n FROM sale WHERE provider = ? AND provider_code = ? AND customer_no = ?
           AND created_at >= ? AND created_at < ?`,
      )
      .get(provider, providerCode, customerNo, window.from, window.to) as { n: number };
    return row.n + 1;
  }
}

export type UpdatableColumn =
  | 'state'
  | 'needs_operator'
  | 'provider_ref'
  | 'serial'
  | 'message'
  | 'details_json'
  | 'refund'
  | 'check_count'
  | 'next_check_at'
  | 'sent_at'
  | 'updated_at'
  | 'settled_at'
  | 'customer_name'
  | 'reported_cost'
  | 'alert'
  | 'alert_evidence'
  | 'alert_at'
  | 'alert_resolved_at'
  | 'alert_resolution';
