import type Database from 'better-sqlite3';
import type { ProviderId } from '../../electron/core/domain/provider-id';
import { businessDayOf, timeZones, type OutletTimeZone } from '../../electron/core/clock/business-day';
import { ACCOUNT, depositAccount } from '../../electron/core/ledger';
import type { PostingInput } from '../../electron/core/ledger/journal';
import { formatRupiah, rupiah } from '../../electron/core/money';
import { commitPostings, failurePostings, refundPaidPostings, successPostings } from '../../electron/core/sales/sale-postings';
import { describeOutcome, priceDifference } from '../../electron/core/sales/sale-outcome';
import { historyProducts, type HistoryProduct } from './history-products';
import { HistoryWriter, type SaleRow } from './history-writer';

export interface HistoryOptions {
  /** Rows in `sale` (a rerouted sale is two attempts, two rows). */
  sales: number;
  days: number;
  /** The last business day of the history ('YYYY-MM-DD'); its end holds the few sales still open. */
  lastDay: string;
  timeZone?: OutletTimeZone;
}

export interface HistoryStats {
  sales: number;
  entries: number;
}

/**
 * Writes a sales history into a migrated, empty ledger: the rows SaleBook writes for each step a
 * sale went through (sale row in its final state, its sale_event trail, `sale:<id>:<step>` journal
 * entries made by the real sale-postings functions), plus the owner's entries a busy counter has
 * (deposit top-ups from the bank when a deposit runs low, the day's cash taken out at closing).
 * Mostly successes; some answered pending first; some failed with the refund paid back; a few
 * rerouted; on the last day a few still pending, waiting for the operator, or owed a refund.
 * Deterministic (seeded per day); every key is made from a counter, so none can collide. One
 * transaction per business day.
 */
export function writeSalesHistory(db: Database.Database, options: HistoryOptions): HistoryStats {
  const zone = options.timeZone ?? 'Asia/Jakarta';
  const writer = new HistoryWriter(db);
  const state = new HistoryState(writer, zone);
  const firstDayStart = dayStart(options.lastDay, zone) - (options.days - 1) * DAY_MS;
  const writeDay = db.transaction((index: number, count: number) => state.writeDay(firstDayStart + index * DAY_MS, index, count, index === options.days - 1));
  withDeferredUpkeep(db, () => {
    for (let index = 0; index < options.days; index += 1) {
      const count = Math.floor(((index + 1) * options.sales) / options.days) - Math.floor((index * options.sales) / options.days);
      writeDay(index, count);
    }
  });
  return { sales: state.saleRows, entries: state.entries };
}

/**
 * Bulk loading, the classic way: the secondary indexes of the tables written and the account-total
 * trigger are dropped while rows go in, then put back with their own CREATE statements (read from
 * sqlite_master, so the schema ends byte-for-byte the same) and account_total is set to the sum of
 * the postings: exactly what the trigger would have kept. Five to ten times faster than maintaining
 * them row by row.
 */
function withDeferredUpkeep(db: Database.Database, load: () => void): void {
  const tables = ['sale', 'sale_event', 'journal_entry', 'posting', 'bill_inquiry'];
  const marks = tables.map(() => '?').join(', ');
  const deferred = db
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN (${marks})
                AND (type = 'index' OR (type = 'trigger' AND name = 'posting_adds_to_total'))`)
    .all(...tables) as { type: 'index' | 'trigger'; name: string; sql: string }[];
  db.transaction(() => {
    for (const item of deferred) db.exec(`DROP ${item.type.toUpperCase()} "${item.name}"`);
  })();
  load();
  db.transaction(() => {
    for (const item of deferred) db.exec(item.sql);
    db.exec(`INSERT INTO account_total (account_id, total) SELECT account_id, SUM(amount) FROM posting GROUP BY account_id
               ON CONFLICT (account_id) DO UPDATE SET total = excluded.total`);
  })();
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DRAWER_FLOAT = 500_000;
const TOP_UP = 20_000_000;
const PROVIDERS: ProviderId[] = ['mmbc', 'iak', 'ayoconnect', 'klikoo'];

function dayStart(day: string, zone: OutletTimeZone): number {
  return Date.parse(`${day}T00:00:00Z`) - timeZones[zone].offsetHours * HOUR_MS;
}

/** mulberry32: small, fast, seeded; only shapes the data, never makes a key. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const totalWeight = historyProducts.reduce((sum, p) => sum + p.weight, 0);
function pickProduct(r: number): HistoryProduct {
  let left = r * totalWeight;
  for (const product of historyProducts) {
    left -= product.weight;
    if (left < 0) return product;
  }
  return historyProducts[historyProducts.length - 1]!;
}

/** Running balances and counters across days: keys come from `serial`, never from the PRNG. */
class HistoryState {
  saleRows = 0;
  entries = 0;
  private serial = 0;
  private ownerSerial = 0;
  private drawer = 0;
  private readonly deposits = new Map<ProviderId, number>(PROVIDERS.map((p) => [p, 0]));

  constructor(
    private readonly w: HistoryWriter,
    private readonly zone: OutletTimeZone,
  ) {}

  writeDay(start: number, index: number, count: number, last: boolean): void {
    const rng = seeded(index + 1);
    const day = businessDayOf(start, this.zone);
    if (index === 0) this.owner('opening_cash', 'Modal awal kas laci', start + 6 * HOUR_MS, [[ACCOUNT.cashDrawer, DRAWER_FLOAT], [ACCOUNT.ownerEquity, -DRAWER_FLOAT]]);
    const times = Array.from({ length: count }, () => start + 7 * HOUR_MS + Math.floor(rng() * 14.5 * HOUR_MS)).sort((a, b) => a - b);
    let written = 0;
    for (const at of times) {
      const room = count - written;
      if (room <= 0) break;
      // The last day ends with a few sales still open: pending, waiting for the operator, refund owed.
      const open = last && room <= 12 ? (['pending', 'operator', 'due'] as const)[room % 3]! : null;
      written += this.sale(rng, at, day, open, room);
    }
    const takeOut = this.drawer - DRAWER_FLOAT;
    if (takeOut > 0) this.owner('owner_withdrawal', 'Penarikan kas oleh pemilik: setor bank', start + 22 * HOUR_MS, [[ACCOUNT.ownerEquity, takeOut], [ACCOUNT.cashDrawer, -takeOut]]);
  }

  /** One cashier sale (one or two attempts); returns the rows written. */
  private sale(rng: () => number, at: number, day: string, open: 'pending' | 'operator' | 'due' | null, room: number): number {
    const product = pickProduct(rng());
    const roll = rng();
    const rerouted = open === null && room >= 2 && product.offers.length > 1 && roll >= 0.975 && roll < 0.98;
    const n = this.nextSerial();
    const customerNo = customerNumber(product, n, rng);
    const offer = product.offers[0]!;
    const bill = product.kind === 'bill' ? this.bill(product, offer, customerNo, n, at, rng) : null;
    const price = bill ? bill.price : product.price;
    const cost = bill ? bill.cost : offer.cost;
    const base = {
      requestId: uuid('8', n),
      product, customerNo, price, day, at,
      customerName: bill?.customerName ?? null,
      inquiryId: bill?.id ?? null,
      details: bill ? bill.details : {},
      refId: bill && offer.provider === 'iak' ? bill.refId : refId(at, n * 4),
    };
    if (rerouted) {
      const first = this.attempt({ ...base, offer, cost, reroutedFrom: null }, 'rerouted');
      const next = product.offers[1]!;
      this.attempt({ ...base, requestId: `${base.requestId}#2`, refId: refId(at + 900, n * 4 + 2), offer: next, cost: next.cost, at: at + 900, reroutedFrom: first }, 'success');
      return 2;
    }
    const outcome = open ?? (roll < 0.91 ? 'success' : roll < 0.95 ? 'pending_success' : roll < 0.975 ? 'failed_paid' : 'success');
    this.attempt({ ...base, offer, cost, reroutedFrom: null }, outcome);
    return 1;
  }

  private attempt(s: Attempt, outcome: Outcome): number {
    this.ensureDeposit(s.offer.provider, s.cost, s.at);
    const reported = s.offer.provider === 'iak' && s.product.kind !== 'bill' && s.at % 20 === 0 ? s.cost - 550 : s.cost;
    const ref = providerRef(s.offer.provider, s.at);
    const settleAt = s.at + (outcome === 'pending_success' ? 95_000 : 350 + (s.at % 500));
    const success = outcome === 'success' || outcome === 'pending_success';
    const failed = outcome === 'failed_paid' || outcome === 'rerouted' || outcome === 'due';
    const message = success ? successMessage(s, ref) : failed ? 'Nomor tujuan salah atau tidak aktif' : 'Transaksi sedang diproses';
    const details: Record<string, string | number> = { ...s.details };
    const difference = success ? priceDifference(s.cost, reported) : null;
    if (difference) details.selisihHarga = difference;
    const serial = success ? serialFor(s.product, s.at) : null;
    if (success && s.product.kind === 'pln_token') details.customerName = 'BUDI SANTOSO';
    const openUntil = outcome === 'pending' ? s.at + 30 * 60_000 : null;
    const row: SaleRow = {
      request_id: s.requestId, ref_id: s.refId, kind: s.product.kind, provider: s.offer.provider, product_id: s.product.productId,
      provider_code: s.offer.code, product_name: s.product.name, customer_no: s.customerNo,
      customer_name: typeof details.customerName === 'string' ? details.customerName : s.customerName, inquiry_id: s.inquiryId,
      price: s.price, cost: s.cost,
      state: success ? 'success' : failed ? 'failed' : outcome === 'operator' ? 'unknown' : 'pending',
      needs_operator: outcome === 'operator' ? 1 : 0, provider_ref: outcome === 'operator' ? null : ref, serial, message,
      details_json: JSON.stringify(details), itrx: s.offer.provider === 'mmbc' ? 1 : null, rerouted_from: s.reroutedFrom,
      refund: outcome === 'failed_paid' ? 'paid' : outcome === 'due' ? 'due' : 'none',
      check_count: outcome === 'pending_success' ? 2 : outcome === 'pending' ? 3 : 0, next_check_at: openUntil,
      business_day: s.day, created_at: s.at, sent_at: s.at + 4,
      updated_at: outcome === 'failed_paid' ? settleAt + 120_000 : settleAt,
      settled_at: success || failed ? settleAt : null, provider_mode: 'sandbox', provider_base_url: null,
      reported_cost: success && s.offer.provider !== 'klikoo' ? reported : null,
    };
    const saleId = this.w.insertSale(row);
    this.saleRows += 1;
    const memo = `${s.product.name} ke ${s.customerNo} (${s.refId})`;
    const money = { price: s.price, cost: s.cost, provider: s.offer.provider, reroutedFrom: s.reroutedFrom };
    const post = (step: string, kind: string, at: number, postings: PostingInput[]) => {
      this.w.post(`sale:${saleId}:${step}`, kind, memo, at, businessDayOf(at, this.zone), postings);
      this.entries += 1;
      for (const p of postings) this.track(p);
    };
    this.w.addEvent(saleId, null, 'committed', 'cashier', `Dicatat sebelum dikirim, ref ${s.refId}`, s.at);
    post('commit', 'sale_commit', s.at, commitPostings(money));
    this.w.addEvent(saleId, 'committed', 'sent', 'cashier', `Dikirim ke ${s.offer.provider.toUpperCase()}`, s.at + 4);
    if (outcome === 'operator') {
      this.w.addEvent(saleId, 'sent', 'unknown', 'provider', describeOutcome({ status: 'unknown', reason: 'timeout', message: 'Provider tidak menjawab dalam 30 detik' }, 'unknown'), s.at + 30_004);
      return saleId;
    }
    if (outcome === 'pending_success' || outcome === 'pending') {
      this.w.addEvent(saleId, 'sent', 'pending', 'provider', 'Transaksi sedang diproses', s.at + 40);
      this.w.addEvent(saleId, 'pending', 'pending', 'poll', 'Transaksi sedang diproses', s.at + 30_000);
    }
    if (outcome === 'pending') return saleId;
    const from = outcome === 'pending_success' ? 'pending' : 'sent';
    if (success) {
      const detail = describeOutcome({ status: 'success', message }, 'success') + (difference ? `; selisih harga ${difference}` : '');
      this.w.addEvent(saleId, from, 'success', outcome === 'pending_success' ? 'poll' : 'provider', detail, settleAt);
      post('settle', 'sale_success', settleAt, successPostings(money, reported));
      return saleId;
    }
    this.w.addEvent(saleId, from, 'failed', 'provider', describeOutcome({ status: 'failed', code: '14', message }, 'failed'), settleAt);
    post('settle', 'sale_failed', settleAt, failurePostings(money, { rerouting: outcome === 'rerouted' }));
    if (outcome === 'failed_paid') {
      this.w.addEvent(saleId, 'failed', 'failed', 'cashier', `Uang ${formatRupiah(s.price)} dikembalikan ke pelanggan`, settleAt + 120_000);
      post('refund', 'sale_refund', settleAt + 120_000, refundPaidPostings(money));
    }
    return saleId;
  }

  private bill(product: HistoryProduct, offer: HistoryProduct['offers'][number], customerNo: string, n: number, at: number, rng: () => number) {
    const amount = 50_000 + Math.floor(rng() * 450) * 1_000;
    const admin = 2_500;
    const total = amount + admin;
    const fee = 2_500;
    const customerName = 'SITI RAHAYU';
    const details = { tagihan: amount, admin, total };
    const refIdValue = refId(at - 60_000, n * 4 + 1);
    const id = this.w.insertBill({
      ref_id: refIdValue, provider: offer.provider, product_id: product.productId, provider_code: offer.code, product_name: product.name,
      customer_no: customerNo, customer_name: customerName, bill: amount, admin, total, cost: total - 600, fee,
      periods_json: JSON.stringify([{ period: '202501', amount }]), details_json: JSON.stringify({ tarif: 'R1/1300VA' }),
      pay_json: JSON.stringify({ ref_id: refIdValue }), created_at: at - 60_000, expires_at: at + 540_000,
    });
    return { id, refId: refIdValue, price: total + fee, cost: total - 600, customerName, details: { tarif: 'R1/1300VA', ...details } };
  }

  /** The owner tops a deposit up from the bank before it runs dry (the book refuses a sale beyond it). */
  private ensureDeposit(provider: ProviderId, cost: number, at: number): void {
    if ((this.deposits.get(provider) ?? 0) >= cost) return;
    this.owner('deposit_topup', `Top-up deposit ${provider.toUpperCase()} dari rekening bank pemilik`, at - 60_000, [[depositAccount(provider), TOP_UP], [ACCOUNT.ownerEquity, -TOP_UP]]);
  }

  private owner(kind: string, memo: string, at: number, legs: [string, number][]): void {
    this.ownerSerial += 1;
    const postings = legs.map(([account, amount]) => ({ account, amount: rupiah(amount) }));
    this.w.post(`owner:${uuid('a', this.ownerSerial)}`, kind, memo, at, businessDayOf(at, this.zone), postings);
    this.entries += 1;
    for (const p of postings) this.track(p);
  }

  private track(p: PostingInput): void {
    if (p.account === ACCOUNT.cashDrawer) this.drawer += p.amount;
    const provider = PROVIDERS.find((id) => depositAccount(id) === p.account);
    if (provider) this.deposits.set(provider, (this.deposits.get(provider) ?? 0) + p.amount);
  }

  private nextSerial(): number {
    this.serial += 1;
    return this.serial;
  }
}

type Outcome = 'success' | 'pending_success' | 'failed_paid' | 'rerouted' | 'pending' | 'operator' | 'due';

interface Attempt {
  requestId: string;
  refId: string;
  product: HistoryProduct;
  offer: HistoryProduct['offers'][number];
  customerNo: string;
  customerName: string | null;
  inquiryId: number | null;
  details: Record<string, string | number>;
  price: number;
  cost: number;
  day: string;
  at: number;
  reroutedFrom: number | null;
}

/** A v4-shaped UUID whose last group is the counter: unique per namespace nibble by construction. */
function uuid(namespace: string, n: number): string {
  return `00000000-0000-4000-${namespace}000-${n.toString(16).padStart(12, '0')}`;
}

/** newRefId's shape (LK + time + 16 characters); the tail is a counter, so it cannot repeat. */
function refId(at: number, n: number): string {
  return `LK${at.toString(36).toUpperCase().padStart(9, '0')}${n.toString(36).toUpperCase().padStart(16, '0')}`;
}

/** A few thousand regular customers per product line, as at a real counter. */
function customerNumber(product: HistoryProduct, n: number, rng: () => number): string {
  const regular = Math.floor(rng() * 40_000);
  if (product.customer === 'meter') return `5${String(32_100_000_000 + regular * 7).padStart(11, '0')}`;
  if (product.customer === 'wallet') return `0812${String(10_000_000 + regular).padStart(8, '0')}`;
  const prefix = product.customer[n % product.customer.length]!;
  return `${prefix}${String(20_000_000 + regular * 13).padStart(8, '0')}`;
}

function providerRef(provider: ProviderId, at: number): string {
  if (provider === 'mmbc') return `TRX${at.toString().slice(-9)}`;
  if (provider === 'iak') return at.toString().slice(-8);
  if (provider === 'klikoo') return `KLK-${at.toString(36).toUpperCase()}`;
  return `AYO${at.toString(16).toUpperCase()}`;
}

function successMessage(s: Attempt, ref: string): string {
  if (s.offer.provider === 'mmbc') return `${s.product.name.toUpperCase()} ${s.offer.code} ke ${s.customerNo}: sukses (invoice ${ref})`;
  if (s.offer.provider === 'iak') return 'Transaksi berhasil (IAK: SUCCESS)';
  return 'Transaksi sukses';
}

function serialFor(product: HistoryProduct, at: number): string | null {
  if (product.kind === 'bill') return null;
  const digits = `${at}${at % 9973}`.padEnd(20, '7');
  return product.kind === 'pln_token' ? digits.slice(0, 20) : digits.slice(0, 16);
}
