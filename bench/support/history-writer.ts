import type Database from 'better-sqlite3';
import type { PostingInput } from '../../electron/core/ledger/journal';

/** One sale row as SaleBook leaves it after its last step (every column it writes, final values). */
export interface SaleRow {
  request_id: string;
  ref_id: string;
  kind: string;
  provider: string;
  product_id: string;
  provider_code: string;
  product_name: string;
  customer_no: string;
  customer_name: string | null;
  inquiry_id: number | null;
  price: number;
  cost: number;
  state: string;
  needs_operator: number;
  provider_ref: string | null;
  serial: string | null;
  message: string | null;
  details_json: string;
  itrx: number | null;
  rerouted_from: number | null;
  refund: string;
  check_count: number;
  next_check_at: number | null;
  business_day: string;
  created_at: number;
  sent_at: number | null;
  updated_at: number;
  settled_at: number | null;
  provider_mode: string;
  provider_base_url: string | null;
  reported_cost: number | null;
}

export interface BillRow {
  ref_id: string;
  provider: string;
  product_id: string;
  provider_code: string;
  product_name: string;
  customer_no: string;
  customer_name: string;
  bill: number;
  admin: number;
  total: number;
  cost: number;
  fee: number;
  periods_json: string;
  details_json: string;
  pay_json: string;
  created_at: number;
  expires_at: number;
}

const SALE_FIELDS: (keyof SaleRow)[] = [
  'request_id', 'ref_id', 'kind', 'provider', 'product_id', 'provider_code', 'product_name', 'customer_no', 'customer_name',
  'inquiry_id', 'price', 'cost', 'state', 'needs_operator', 'provider_ref', 'serial', 'message', 'details_json', 'itrx',
  'rerouted_from', 'refund', 'check_count', 'next_check_at', 'business_day', 'created_at', 'sent_at', 'updated_at',
  'settled_at', 'provider_mode', 'provider_base_url', 'reported_cost',
];
const BILL_FIELDS: (keyof BillRow)[] = [
  'ref_id', 'provider', 'product_id', 'provider_code', 'product_name', 'customer_no', 'customer_name', 'bill', 'admin',
  'total', 'cost', 'fee', 'periods_json', 'details_json', 'pay_json', 'created_at', 'expires_at',
];

/**
 * The generator's only way into the database: prepared INSERTs for the rows SaleBook, BillStore and
 * the Journal write, in the same tables and columns. account_total is not written here: the
 * migration-007 trigger keeps it from each posting, exactly as in the app.
 */
export class HistoryWriter {
  private readonly sale: Database.Statement;
  private readonly bill: Database.Statement;
  private readonly event: Database.Statement;
  private readonly entry: Database.Statement;
  private readonly postings = new Map<number, Database.Statement>();
  private readonly accountIds: Map<string, number>;

  constructor(private readonly db: Database.Database) {
    // Positional parameters: binding 31 named ones per row costs more than the insert itself.
    this.sale = db.prepare(`INSERT INTO sale (${SALE_FIELDS.join(', ')}) VALUES (${SALE_FIELDS.map(() => '?').join(', ')})`);
    this.bill = db.prepare(`INSERT INTO bill_inquiry (${BILL_FIELDS.join(', ')}) VALUES (${BILL_FIELDS.map(() => '?').join(', ')})`);
    this.event = db.prepare('INSERT INTO sale_event (sale_id, from_state, to_state, source, detail, at) VALUES (?, ?, ?, ?, ?, ?)');
    this.entry = db.prepare('INSERT INTO journal_entry (idem_key, kind, memo, at, business_day, reverses_id) VALUES (?, ?, ?, ?, ?, NULL)');
    const accounts = db.prepare('SELECT id, code FROM account').all() as { id: number; code: string }[];
    this.accountIds = new Map(accounts.map((a) => [a.code, a.id]));
  }

  insertSale(row: SaleRow): number {
    return Number(this.sale.run(SALE_FIELDS.map((f) => row[f])).lastInsertRowid);
  }

  insertBill(row: BillRow): number {
    return Number(this.bill.run(BILL_FIELDS.map((f) => row[f])).lastInsertRowid);
  }

  addEvent(saleId: number, from: string | null, to: string, source: string, detail: string, at: number): void {
    this.event.run(saleId, from, to, source, detail.slice(0, 1000), at);
  }

  /** One journal entry with its postings (already balanced by the sale-postings functions). */
  post(idemKey: string, kind: string, memo: string, at: number, businessDay: string, postings: readonly PostingInput[]): void {
    const entryId = Number(this.entry.run(idemKey, kind, memo, at, businessDay).lastInsertRowid);
    const values: number[] = [];
    for (const p of postings) {
      const accountId = this.accountIds.get(p.account);
      if (accountId === undefined) throw new Error(`Unknown account ${p.account}`);
      values.push(entryId, accountId, p.amount);
    }
    this.postingInsert(postings.length).run(values);
  }

  private postingInsert(count: number): Database.Statement {
    let statement = this.postings.get(count);
    if (!statement) {
      statement = this.db.prepare(`INSERT INTO posting (entry_id, account_id, amount) VALUES ${Array.from({ length: count }, () => '(?, ?, ?)').join(', ')}`);
      this.postings.set(count, statement);
    }
    return statement;
  }
}
