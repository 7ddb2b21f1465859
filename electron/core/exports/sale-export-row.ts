import type Database from 'better-sqlite3';

/** What the export reads of one sale: the columns it shows, nothing else (no endpoint URLs, no raw answers). */
export interface ExportSaleRow {
  id: number;
  refId: string;
  kind: string;
  provider: string;
  productName: string;
  customerNo: string;
  customerName: string | null;
  price: number;
  /** The catalogue cost at commit. */
  cost: number;
  /** What the provider said it charged (believed), when it said it. */
  reportedCost: number | null;
  /** The provider's commission fixed at commit (MMBC flight_bonus_agen); absent or 0 for other kinds and older data dirs. */
  commission?: number;
  state: string;
  refund: string;
  serial: string | null;
  message: string | null;
  providerRef: string | null;
  businessDay: string;
  createdAt: number;
  /** The cashier of the sale's shift; null for a sale outside any shift. */
  cashier: string | null;
  /** The signed-in user who made the sale (current name); null for background work and sales from before users. */
  seller?: string | null;
  /** 1 for a refused attempt whose customer's money went on to another provider's attempt (not a sale of its own). */
  rerouted: number;
}

export interface DayRange {
  from: string;
  to: string;
}

/** Where the previous chunk stopped: rows come day by day, by id within a day (the sale_day index). */
export interface ChunkCursor {
  day: string;
  id: number;
}

const BASE_COLUMNS = `s.id, s.ref_id AS refId, s.kind, s.provider, s.product_name AS productName, s.customer_no AS customerNo,
  s.customer_name AS customerName, s.price, s.cost, s.reported_cost AS reportedCost, s.state, s.refund, s.serial, s.message,
  s.provider_ref AS providerRef, s.business_day AS businessDay, s.created_at AS createdAt`;

/**
 * Reads the sales of a range chunk by chunk. The set is fixed when the export starts (sales with an
 * id up to the newest one then): a sale made while a long export runs never makes `done` pass
 * `total`. Each chunk is one index seek on (business_day = day, id > last): a keyset over the
 * whole range ("(day, id) > (?, ?)") is not seekable in SQLite and would rescan the range from its
 * start for every chunk. The cashier comes from the shift table (migration 008) and the reroute mark
 * from sale.rerouted_to (migration 009), the commission from sale.commission (migration 012), the
 * seller from sale.user_id (migration 014); a data dir from before them is read without.
 */
export class SaleExportQuery {
  private readonly ofDay: Database.Statement;
  private readonly countRows: Database.Statement;
  readonly lastId: number;
  readonly first: ChunkCursor;

  constructor(db: Database.Database, readonly range: DayRange) {
    const columns = new Set((db.prepare(`SELECT name FROM pragma_table_info('sale')`).all() as { name: string }[]).map((c) => c.name));
    const hasShifts = columns.has('shift_id');
    const cashier = hasShifts ? 'sh.cashier AS cashier' : 'NULL AS cashier';
    const join = hasShifts ? 'LEFT JOIN shift sh ON sh.id = s.shift_id' : '';
    const rerouted = columns.has('rerouted_to') ? 's.rerouted_to IS NOT NULL AS rerouted' : '0 AS rerouted';
    const commission = columns.has('commission') ? 's.commission AS commission' : '0 AS commission';
    const seller = columns.has('user_id') ? '(SELECT u.name FROM app_user u WHERE u.id = s.user_id) AS seller' : 'NULL AS seller';
    this.ofDay = db.prepare(
      `SELECT ${BASE_COLUMNS}, ${cashier}, ${rerouted}, ${commission}, ${seller} FROM sale s ${join}
        WHERE s.business_day = @day AND s.id > @afterId AND s.id <= @lastId ORDER BY s.id LIMIT @limit`,
    );
    this.countRows = db.prepare('SELECT count(*) AS n FROM sale WHERE business_day BETWEEN @from AND @to AND id <= @lastId');
    this.lastId = (db.prepare('SELECT coalesce(max(id), 0) AS id FROM sale').get() as { id: number }).id;
    this.first = { day: range.from, id: 0 };
  }

  count(): number {
    return (this.countRows.get({ ...this.range, lastId: this.lastId }) as { n: number }).n;
  }

  /** Up to `limit` rows after the cursor, crossing into the next days of the range as each one runs out. */
  next(after: ChunkCursor, limit: number): ExportSaleRow[] {
    const rows: ExportSaleRow[] = [];
    for (let day = after.day, afterId = after.id; day <= this.range.to; day = nextDay(day), afterId = 0) {
      const wanted = limit - rows.length;
      const found = this.ofDay.all({ day, afterId, lastId: this.lastId, limit: wanted }) as ExportSaleRow[];
      rows.push(...found);
      if (found.length === wanted) break;
    }
    return rows;
  }
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function cursorAfter(rows: readonly ExportSaleRow[], previous: ChunkCursor): ChunkCursor {
  const last = rows[rows.length - 1];
  return last ? { day: last.businessDay, id: last.id } : previous;
}
