import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { EventBus } from '../../../electron/core/app/event-bus';
import type { ExportJobView } from '../../../electron/core/exports';
import { SalesExporter, type SalesExporterOptions } from '../../../electron/core/exports';
import { businessDayOf } from '../../../electron/core/clock/business-day';
import { Ledger, openLedger } from '../../../electron/core/ledger';
import { rupiah } from '../../../electron/core/money';
import { SaleBook, type NewAttempt } from '../../../electron/core/sales/sale-book';
import { fundDeposit } from '../../support/book-fixture';
import { makeTempDir } from '../../support/temp-dir';

/** 2026-11-30 in WIB: the day every mixed sale is made on. */
export const DAY = '2026-11-30';
/** An instant given as the wall clock in WIB (UTC+7). */
export const wib = (day: string, hh: number, mm: number, ss = 0): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, hh - 7, mm, ss);
};

export interface ExportWorld {
  dir: string;
  ledger: Ledger;
  db: Database.Database;
  events: EventBus;
  book: SaleBook;
  clock: { now: number };
  progress: ExportJobView[];
  exporter(options?: Partial<SalesExporterOptions>): SalesExporter;
  close(): void;
}

/** A real ledger file in a temp data dir, a sale book on it, a settable clock and the progress events seen. */
export async function openExportWorld(): Promise<ExportWorld> {
  const { dir, cleanup } = makeTempDir('loket-export-');
  const db = await openLedger({ file: join(dir, 'loket.db'), backupDir: join(dir, 'backups') });
  const clock = { now: wib(DAY, 8, 0) };
  const ledger = new Ledger(db, { now: () => clock.now, timeZone: 'Asia/Jakarta' });
  const events = new EventBus();
  const progress: ExportJobView[] = [];
  events.on((event, payload) => {
    if (event === 'exports:progress') progress.push(payload as ExportJobView);
  });
  for (const provider of ['iak', 'mmbc', 'ayoconnect', 'klikoo'] as const) fundDeposit(ledger, provider, 10_000_000);
  return {
    dir, ledger, db, events, clock, progress,
    book: new SaleBook(ledger, events),
    exporter: (options = {}) => new SalesExporter({ ledger, events, dataDir: dir, ...options }),
    close() {
      if (db.open) db.close();
      cleanup();
    },
  };
}

let serial = 0;
function attempt(overrides: Partial<NewAttempt>): NewAttempt {
  serial += 1;
  return {
    requestId: `req-export-${serial}`, refId: `LKEXP${serial}`, kind: 'pulsa', provider: 'iak', productId: 'pulsa:tsel:10000',
    providerCode: 'HTELKOMSEL10000', productName: 'Telkomsel 10.000', customerNo: `0812${String(serial).padStart(8, '0')}`,
    customerName: null, inquiryId: null, price: 12_000, cost: 10_500, details: {}, itrx: null, reroutedFrom: null, ...overrides,
  };
}

/** The mixed day every format test reads back: each sale made through the sale book at a known wall-clock time. */
export function sellMixedDay(world: ExportWorld) {
  const { book, clock, db } = world;
  const at = (t: number) => {
    clock.now = t;
  };
  db.prepare(`INSERT INTO shift (request_id, cashier, business_day, opened_at, opening_float) VALUES ('shift-export-1', 'Sari', ?, ?, 100000)`).run(DAY, wib(DAY, 7, 0));
  const shiftId = (db.prepare('SELECT max(id) AS id FROM shift').get() as { id: number }).id;

  at(wib('2026-11-29', 22, 0));
  const dayBefore = book.markSent(book.commit(attempt({})));
  book.apply(dayBefore.id, { status: 'success', message: 'Sukses', serial: 'SN-KEMARIN' }, 'provider');

  at(wib(DAY, 8, 15, 30));
  const pulsa = book.markSent(book.commit(attempt({ customerNo: '081234567890' })));
  book.apply(pulsa.id, { status: 'success', message: 'Sukses', serial: 'SN-PULSA-1' }, 'provider');

  at(wib(DAY, 10, 5));
  const bill = book.markSent(book.commit(attempt({
    kind: 'bill', provider: 'ayoconnect', productId: 'bill:bpjs', providerCode: 'BPJS', productName: 'BPJS Kesehatan',
    customerNo: '8888801234567890', customerName: '=HYPERLINK("http://contoh.invalid","klik")', price: 52_500, cost: 50_000,
  })));
  book.apply(bill.id, { status: 'success', message: 'Transaksi Anda Telah Berhasil', serial: 'REF-BPJS-9', cost: rupiah(50_200) }, 'provider');

  at(wib(DAY, 13, 40));
  const ewallet = book.markSent(book.commit(attempt({
    kind: 'ewallet', provider: 'mmbc', productId: 'ewallet:dana:20000', providerCode: 'DANA20', productName: 'DANA 20.000', price: 20_500, cost: 20_000,
    customerName: '-Budi', itrx: 7,
  })));
  book.apply(ewallet.id, { status: 'failed', code: '14', message: '+62 nomor tujuan tidak aktif' }, 'provider');
  book.refundPaid(ewallet.id);

  at(wib(DAY, 23, 30, 5));
  const token = book.markSent(book.commit(attempt({
    kind: 'pln_token', provider: 'klikoo', productId: 'pln_token:pln:50000', providerCode: 'PLN50', productName: 'Token PLN 50.000',
    customerNo: '14234567890', customerName: '@SUM(A1)', price: 51_500, cost: 50_500,
  })));
  book.apply(token.id, { status: 'pending', message: 'Sedang diproses' }, 'provider');

  // Set for every sale, whether or not the book attaches the open shift itself: two in Sari's shift, the rest in none.
  db.prepare('UPDATE sale SET shift_id = CASE WHEN id IN (?, ?) THEN ? ELSE NULL END').run(pulsa.id, bill.id, shiftId);
  return { dayBefore: book.get(dayBefore.id), pulsa: book.get(pulsa.id), bill: book.get(bill.id), ewallet: book.get(ewallet.id), token: book.get(token.id) };
}

/**
 * Many settled sales for volume tests, written with the SaleBook's own INSERT shape (a sale row as
 * commit writes it, already success). References and request ids are unique by construction.
 */
export function insertSettledSales(db: Database.Database, count: number, day: string, prefix: string): void {
  const insert = db.prepare(
    `INSERT INTO sale (request_id, ref_id, kind, provider, product_id, provider_code, product_name, customer_no, customer_name,
       inquiry_id, price, cost, state, serial, details_json, itrx, rerouted_from, business_day, created_at, updated_at, settled_at,
       provider_mode, provider_base_url)
     VALUES (?, ?, 'pulsa', 'iak', 'pulsa:tsel:10000', 'HTELKOMSEL10000', 'Telkomsel 10.000', ?, NULL, NULL, 12000, 10500, 'success', ?, '{}', NULL, NULL, ?, ?, ?, ?, 'sandbox', NULL)`,
  );
  const start = wib(day, 0, 0);
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const at = start + i * 500;
      if (businessDayOf(at, 'Asia/Jakarta') !== day) throw new Error('volume rows must stay inside one day');
      insert.run(`req-${prefix}-${i}`, `${prefix}${i}`, `0813${String(i).padStart(8, '0')}`, `SN-${prefix}-${i}`, day, at, at, at);
    }
  })();
}
