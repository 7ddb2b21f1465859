import type Database from 'better-sqlite3';

/**
 * Rows of the who-did-what schema (migration 014) written straight into a ledger, for read-side
 * tests that need exact, chosen data: users, and sales made by them (or by nobody: user_id NULL,
 * as background work and rows from before users leave them). Names are unique by construction
 * (each test passes its own); the PIN hash is not a real one (these users never sign in).
 */
export function addUser(db: Database.Database, name: string, role: 'owner' | 'cashier' = 'cashier'): { id: number; name: string } {
  const info = db
    .prepare("INSERT INTO app_user (name, name_key, role, pin_hash, created_at) VALUES (?, ?, ?, 'not-a-real-hash', 0)")
    .run(name, name.trim().toLowerCase(), role);
  return { id: Number(info.lastInsertRowid), name };
}

export interface SaleRow {
  ref: string;
  userId: number | null;
  day: string;
  state: 'success' | 'failed' | 'pending';
  price: number;
  cost: number;
  refund?: 'none' | 'due' | 'paid';
  kind?: 'pulsa' | 'data';
  provider?: 'iak' | 'mmbc';
  /** When the sale was made (ms); defaults to noon UTC of its day plus the order it was added in. */
  at?: number;
}

/** Inserts sales as the engine leaves them settled (the report triggers of migration 009 run on each). */
export function addSales(db: Database.Database, rows: readonly SaleRow[]): void {
  const insert = db.prepare(
    `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, price, cost, state,
       refund, details_json, business_day, created_at, updated_at, settled_at, user_id)
     VALUES (@ref, @ref, @kind, @provider, @productId, 'code', @productName, '081299990001', @price, @cost, @state,
       @refund, '{}', @day, @at, @at, @settledAt, @userId)`,
  );
  db.transaction(() => {
    rows.forEach((row, i) => {
      const kind = row.kind ?? 'pulsa';
      const at = row.at ?? Date.parse(`${row.day}T05:00:00Z`) + i * 1000;
      insert.run({
        ref: row.ref,
        kind,
        provider: row.provider ?? 'iak',
        productId: `${kind}:test`,
        productName: kind === 'pulsa' ? 'Pulsa Uji' : 'Data Uji',
        price: row.price,
        cost: row.cost,
        state: row.state,
        refund: row.refund ?? 'none',
        day: row.day,
        at,
        settledAt: row.state === 'pending' ? null : at,
        userId: row.userId,
      });
    });
  })();
}
