import type Database from 'better-sqlite3';

/** A sale row written directly (the engine has its own tests); keys unique by construction. */
export interface RawSale {
  day: string;
  kind?: string;
  provider?: string;
  productId?: string;
  productName?: string;
  price?: number;
  cost?: number;
  /** A flight's agent bonus (migration 012); the day totals count it in cost. */
  commission?: number;
  state?: string;
  refund?: string;
  reportedCost?: number | null;
  reroutedFrom?: number | null;
  shiftId?: number | null;
  createdAt?: number;
}

let next = 0;

export function insertSale(db: Database.Database, sale: RawSale): number {
  next += 1;
  const createdAt = sale.createdAt ?? Date.parse(`${sale.day}T03:00:00Z`);
  // Only named when given: the migration tests write sales into ledgers from before the column (012).
  const withCommission = sale.commission !== undefined;
  const info = db
    .prepare(
      `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost,
         state, refund, reported_cost, rerouted_from, business_day, created_at, updated_at, shift_id${withCommission ? ', commission' : ''})
       VALUES (?, ?, ?, ?, ?, 'CODE', ?, '081200000000', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${withCommission ? ', ?' : ''})`,
    )
    .run(
      `raw-req-${next}`, `RAWREF${next}`, sale.kind ?? 'pulsa', sale.provider ?? 'iak', sale.productId ?? 'pulsa:tsel10',
      sale.productName ?? 'Pulsa Telkomsel 10.000', sale.price ?? 12_000, sale.cost ?? 10_800, sale.state ?? 'success',
      sale.refund ?? 'none', sale.reportedCost ?? null, sale.reroutedFrom ?? null, sale.day, createdAt, createdAt, sale.shiftId ?? null,
      ...(withCommission ? [sale.commission] : []),
    );
  return Number(info.lastInsertRowid);
}

/** sale_day_total as its triggers keep it, without groups that came back to all zeros. */
export function keptTotals(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT business_day, kind, provider, product_id, shift_key, success_count, gross, cost, refund_count, refund_amount,
              refunds_paid, pending_count, failed_count
         FROM sale_day_total
        WHERE success_count <> 0 OR gross <> 0 OR cost <> 0 OR refund_count <> 0 OR refund_amount <> 0 OR refunds_paid <> 0
           OR pending_count <> 0 OR failed_count <> 0
        ORDER BY 1, 2, 3, 4, 5`,
    )
    .all();
}

/** The same totals computed from the sale rows here, independently of the triggers. */
export function recomputedTotals(db: Database.Database): unknown[] {
  // Before migration 012 a sale has no commission column (and no commission).
  const hasCommission = db.prepare("SELECT 1 FROM pragma_table_info('sale') WHERE name = 'commission'").get() !== undefined;
  const rows = db
    .prepare(
      `SELECT business_day, kind, provider, product_id, COALESCE(shift_id, 0) AS shift_key, state, refund, price,
              COALESCE(reported_cost, cost) + ${hasCommission ? 'commission' : '0'} AS charged,
              EXISTS (SELECT 1 FROM sale n WHERE n.rerouted_from = s.id) AS rerouted
         FROM sale s`,
    )
    .all() as { business_day: string; kind: string; provider: string; product_id: string; shift_key: number; state: string; refund: string; price: number; charged: number; rerouted: number }[];
  const groups = new Map<string, Record<string, string | number>>();
  for (const r of rows) {
    if (r.rerouted) continue;
    const key = [r.business_day, r.kind, r.provider, r.product_id, r.shift_key].join('|');
    const g = groups.get(key) ?? {
      business_day: r.business_day, kind: r.kind, provider: r.provider, product_id: r.product_id, shift_key: r.shift_key,
      success_count: 0, gross: 0, cost: 0, refund_count: 0, refund_amount: 0, refunds_paid: 0, pending_count: 0, failed_count: 0,
    };
    const add = (field: string, amount: number) => (g[field] = (g[field] as number) + amount);
    if (r.state === 'success') {
      add('success_count', 1);
      add('gross', r.price);
      add('cost', r.charged);
    } else if (r.state === 'failed') {
      add('failed_count', 1);
      if (r.refund !== 'none') {
        add('refund_count', 1);
        add('refund_amount', r.price);
      }
      if (r.refund === 'paid') add('refunds_paid', r.price);
    } else add('pending_count', 1);
    groups.set(key, g);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g);
}
