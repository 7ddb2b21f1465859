import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rupiahText, textOf } from './support/browser';
import { startSelling, type SellingHarness } from './support/selling-harness';
import { api, chooseTopUp, confirmSale, sales, slow, type ApiSale } from './support/selling';
import { convertWithLibreOffice } from '../integration/exports/soffice';

/**
 * The proof of issue 9, end to end through the screens: a day's mix across providers and kinds
 * (successes, a failure refunded from the drawer, a sale still pending at close), the shift closed
 * with a counted shortfall and its reason, the day exported to .xlsx and CSV from Laporan; then the
 * files are read back with independent readers (read-excel-file and exceljs, csv-parse) and every
 * total is checked against the ledger (API) and the sales table (the SQLite file, read-only), and
 * LibreOffice converts the .xlsx without errors.
 */
let h: SellingHarness;
let page: Page;
let day: string;
let dataDir: string;
const files: { xlsx?: string; csv?: string } = {};

const SHORTFALL = 5_000;
const REASON = 'uang kembalian kurang';
const IAK_PULSA = 'pulsa:telkomsel:10000';
const MMBC_PULSA = 'pulsa:telkomsel:30000';
const KLIKOO_DATA = 'data:telkomsel:telkomsel-data-1gb-1-hari';
const WALLET = 'ewallet:gopay:50000';
const TOKEN = 'pln_token:pln:20000';
const HP_TRI = 'bill:hp_postpaid:tri';
const STAYS_PENDING = '081234566666'; // IAK: PROCESS until resolved by hand (providers.md)
const FAILS = '081234569999'; // fails at every provider

type Account = { code: string; provider: string | null; balance: number };
type Row = unknown[];

beforeAll(async () => {
  h = await startSelling();
  page = h.page;
  day = (await api<{ businessDay: string }>(h.server, 'app:info')).businessDay;
  // The default export folder is <data dir>/exports: the only place this test learns the data dir from.
  dataDir = dirname((await api<{ defaultFolder: string }>(h.server, 'exports:settings')).defaultFolder);
});

afterAll(async () => {
  await h?.close();
});

const resultState = () => page.getByTestId('sale-result').getAttribute('data-state');
const stateOf = async (number: string) => (await sales(h.server, number)).map((s) => s.state);
const accounts = async () => (await api<{ accounts: Account[] }>(h.server, 'ledger:balances')).accounts;
const balanceIn = (list: Account[], code: string) => list.find((a) => a.code === code)?.balance ?? 0;
const num = (cell: unknown) => (cell === null || cell === undefined || cell === '' ? 0 : Number(cell));

async function sellTopUp(sale: { category: string; number: string; productId: string }): Promise<void> {
  await chooseTopUp(page, sale);
  await confirmSale(page);
  await page.getByTestId('sale-result').waitFor();
}

/** The sales table itself, opened read-only beside the running core. */
function salesTable() {
  const db = new Database(join(dataDir, 'loket.db'), { readonly: true, fileMustExist: true });
  try {
    const one = <T>(sql: string) => db.prepare(sql).get(day) as T;
    return {
      rows: one<{ n: number }>('SELECT count(*) AS n FROM sale WHERE business_day = ?').n,
      success: one<{ n: number; gross: number; cost: number }>(
        `SELECT count(*) AS n, total(price) AS gross, total(coalesce(reported_cost, cost)) AS cost FROM sale WHERE business_day = ? AND state = 'success'`,
      ),
      // A refused attempt whose money went on to another provider is not a sale of its own.
      failed: one<{ n: number }>(`SELECT count(*) AS n FROM sale WHERE business_day = ? AND state = 'failed' AND rerouted_to IS NULL`).n,
      open: one<{ n: number }>(`SELECT count(*) AS n FROM sale WHERE business_day = ? AND state IN ('committed','sent','pending','unknown')`).n,
      refunds: one<{ n: number; amount: number; paid: number }>(
        `SELECT count(*) AS n, total(price) AS amount, total(CASE WHEN refund = 'paid' THEN price ELSE 0 END) AS paid
           FROM sale WHERE business_day = ? AND refund <> 'none' AND rerouted_to IS NULL`,
      ),
      refs: (db.prepare('SELECT ref_id AS ref FROM sale WHERE business_day = ? ORDER BY id').all(day) as { ref: string }[]).map((r) => r.ref),
    };
  } finally {
    db.close();
  }
}

describe('a day sold, closed and exported, checked against the books', () => {
  it('sells a mix across providers and kinds through the screens: successes, a failure refunded, one still pending', async () => {
    await sellTopUp({ category: 'pulsa', number: '081234560301', productId: IAK_PULSA });
    await expect.poll(resultState, slow).toBe('success');
    await sellTopUp({ category: 'pulsa', number: '081234560302', productId: MMBC_PULSA });
    await expect.poll(resultState, slow).toBe('success');
    // Klikoo answers PENDING, then SUCCESS when polled.
    await sellTopUp({ category: 'data', number: '081234567777', productId: KLIKOO_DATA });
    await expect.poll(resultState, slow).toBe('success');

    await page.keyboard.press('F2');
    await page.keyboard.press('Alt+3');
    await page.getByTestId('topup-phone').fill('081234560311');
    await page.getByTestId('wallet-gopay').click();
    await page.getByTestId(`product-${WALLET}`).click();
    await page.getByTestId('confirm-dialog').waitFor();
    await expect.poll(() => textOf(page, 'confirm-name'), slow).not.toBe('');
    await confirmSale(page);
    await expect.poll(resultState, slow).toBe('success');

    await page.keyboard.press('F2');
    await page.keyboard.press('Alt+4');
    await page.getByTestId('topup-meter').fill('12345678901');
    await page.keyboard.press('Enter');
    await page.getByTestId('pln-inquiry').waitFor();
    await page.getByTestId(`product-${TOKEN}`).click();
    await page.getByTestId('confirm-dialog').waitFor();
    await confirmSale(page);
    await expect.poll(resultState, slow).toBe('success');

    await page.keyboard.press('F3');
    await page.getByTestId('view-bills').waitFor();
    await page.getByTestId('bill-search').fill('Pascabayar Tri');
    await page.getByTestId(`bill-product-${HP_TRI}`).click();
    await page.getByTestId('bill-customer').fill('08991230000');
    await page.keyboard.press('Enter');
    await page.getByTestId('bill-inquiry').waitFor();
    await page.getByTestId('bill-pay').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await confirmSale(page);
    await expect.poll(resultState, slow).toBe('success');

    await sellTopUp({ category: 'pulsa', number: FAILS, productId: IAK_PULSA });
    await expect.poll(resultState, slow).toBe('failed');
    await page.getByTestId('sale-result-refund').click();
    // Money leaves the drawer: the amount is confirmed first.
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('sale-result-refunded').waitFor();

    await sellTopUp({ category: 'pulsa', number: STAYS_PENDING, productId: IAK_PULSA });
    await expect.poll(() => stateOf(STAYS_PENDING), slow).toEqual(['pending']);

    const all = await sales(h.server);
    const settled = all.filter((s) => s.state === 'success');
    expect(settled).toHaveLength(6);
    expect(new Set(settled.map((s) => s.provider)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(settled.map((s) => s.kind))).toEqual(new Set(['pulsa', 'data', 'ewallet', 'pln_token', 'bill']));
    expect(all.filter((s: ApiSale) => s.customerNo === FAILS && s.refund === 'paid').map((s) => s.state)).toEqual(['failed']);
  });

  it('closes the shift from the Kasir page with a counted shortfall and its reason; the pending sale is carried over', async () => {
    const open = (await api<{ current: { expectedCash: number } | null }>(h.server, 'shifts:current')).current!;
    const counted = open.expectedCash - SHORTFALL;
    await page.getByTestId('header-shift').click();
    await page.getByTestId('view-shift').waitFor();
    await page.getByTestId('close-count-amount').fill(String(counted));
    await page.getByTestId('close-check').click();
    await page.getByTestId('close-preview').waitFor();
    expect(await textOf(page, 'close-difference')).toContain(rupiahText(-SHORTFALL));
    await page.getByTestId('close-reason').fill(REASON);
    await page.getByTestId('close-submit').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('shift-report').waitFor();
    expect(await textOf(page, 'shift-report-difference')).toBe(rupiahText(-SHORTFALL));
    const pending = (await sales(h.server, STAYS_PENDING))[0]!;
    expect(await textOf(page, 'carried-over')).toContain(pending.refId);
    expect(balanceIn(await accounts(), 'cash_drawer')).toBe(counted);
  });

  it('exports the day from Laporan to Excel and to CSV', async () => {
    await page.keyboard.press('F6');
    await page.getByTestId('view-reports').waitFor();
    await page.getByTestId('report-preset-today').click();
    for (const format of ['xlsx', 'csv'] as const) {
      await page.getByTestId(`export-${format}`).click();
      await expect.poll(() => page.getByTestId('export-job').getAttribute('data-state'), slow).toBe('done');
      files[format] = await textOf(page, 'export-path');
      expect(files[format]).toMatch(new RegExp(`loket-penjualan-${day}.*\\.${format}$`));
      await page.getByTestId('export-dismiss').click();
    }
    expect(h.problems).toEqual([]);
  });

  it('the .xlsx read back: Transaksi is the sales table, Ringkasan, Mutasi deposit and Kas are the ledger\'s', async () => {
    const sheets = await readExcelFile(files.xlsx!);
    expect(sheets.map((s) => s.sheet)).toEqual(['Transaksi', 'Ringkasan', 'Mutasi deposit', 'Kas']);
    const [transaksi, ringkasan, mutasi, kas] = sheets.map((s) => s.data as Row[]) as [Row[], Row[], Row[], Row[]];
    const table = salesTable();
    const books = await accounts();
    const gross = balanceIn(books, 'sales_revenue');
    const cost = balanceIn(books, 'cost_of_sales');
    const commission = balanceIn(books, 'commission_income');

    // Transaksi: one row per row of the sales table, in its order; the money columns sum to the books.
    const rows = transaksi.slice(1);
    expect(rows.map((r) => r[2])).toEqual(table.refs);
    const berhasil = rows.filter((r) => r[8] === 'Berhasil');
    expect(berhasil).toHaveLength(table.success.n);
    expect(berhasil.reduce((t, r) => t + num(r[9]), 0)).toBe(table.success.gross);
    expect(table.success.gross).toBe(gross);
    expect(rows.reduce((t, r) => t + num(r[10]), 0)).toBe(cost);
    expect(table.success.cost).toBe(cost);
    expect(rows.reduce((t, r) => t + num(r[11]), 0)).toBe(gross - cost);
    expect(rows.filter((r) => r[12] === 'Sudah dikembalikan').map((r) => r[6])).toContain(FAILS);
    expect(rows.filter((r) => r[8] === 'Diproses').map((r) => r[6])).toEqual([STAYS_PENDING]);

    // Ringkasan: the total row equals the ledger and the sales table; the cashier's row holds every success.
    expect(ringkasan[1]).toEqual([
      'Total', day, table.success.n, gross, cost, commission, gross - cost + commission,
      table.refunds.n, table.refunds.amount, table.refunds.paid, table.open, table.failed,
    ]);
    expect(balanceIn(books, 'refunds_owed')).toBe(table.refunds.amount - table.refunds.paid);
    // The shift runs in the signed-in user's name (the owner here), whatever name was typed at opening.
    expect(ringkasan.filter((r) => r[0] === 'Per kasir').map((r) => [r[1], r[2], r[3]])).toEqual([['Pemilik Uji', table.success.n, gross]]);
    const perProvider = ringkasan.filter((r) => r[0] === 'Per penyedia');
    expect(perProvider.reduce((t, r) => t + num(r[3]), 0)).toBe(gross);

    // Mutasi deposit: each provider ends on its ledger deposit.
    for (const account of books.filter((a) => a.provider !== null)) {
      const label = { mmbc: 'MMBC', iak: 'IAK', ayoconnect: 'Ayoconnect', klikoo: 'Klikoo' }[account.provider!];
      const closing = mutasi.find((r) => r[0] === label && r[3] === 'Saldo akhir');
      expect(closing?.[7], label).toBe(account.balance);
    }

    // Kas: ends on the drawer as counted; its movements are the journal's cash postings, the shortfall among them.
    expect(kas.at(-1)!.slice(2)).toEqual(['Saldo akhir', null, null, balanceIn(books, 'cash_drawer')]);
    const opening = num(kas[1]![5]);
    const movements = kas.slice(2, -1);
    expect(opening + movements.reduce((t, r) => t + num(r[4]), 0)).toBe(balanceIn(books, 'cash_drawer'));
    type Entry = { postings: { account: string; amount: number }[] };
    const journal = await api<{ entries: Entry[] }>(h.server, 'ledger:journalForDay', { day, account: 'cash_drawer' });
    const drawerPostings = journal.entries.flatMap((e) => e.postings.filter((p) => p.account === 'cash_drawer').map((p) => p.amount));
    expect(movements.map((r) => num(r[4])).sort((a, b) => a - b)).toEqual(drawerPostings.sort((a, b) => a - b));
    expect(movements.map((r) => num(r[4]))).toContain(-SHORTFALL);

    // exceljs, a second reader: the same Total row, money cells as numbers with the Rupiah format.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(files.xlsx!);
    const summary = workbook.getWorksheet('Ringkasan')!;
    expect(summary.getCell('D2').value).toBe(gross);
    expect(summary.getCell('D2').numFmt).toBe('"Rp" #,##0');
    expect(workbook.getWorksheet('Transaksi')!.rowCount).toBe(table.rows + 1);
  });

  it('the CSV read back with csv-parse: BOM, CRLF, ";", the same rows and sums as the sales table and the ledger', async () => {
    const raw = readFileSync(files.csv!);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(2);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const records = parse(text, { bom: true, delimiter: ';' }) as string[][];
    expect(records[0]!.slice(0, 3)).toEqual(['Waktu', 'Hari usaha', 'Ref']);
    const rows = records.slice(1);
    const table = salesTable();
    const books = await accounts();
    expect(rows.map((r) => r[2])).toEqual(table.refs);
    expect(rows.filter((r) => r[8] === 'Berhasil').reduce((t, r) => t + num(r[9]), 0)).toBe(balanceIn(books, 'sales_revenue'));
    expect(rows.reduce((t, r) => t + num(r[10]), 0)).toBe(balanceIn(books, 'cost_of_sales'));
    // Integer rupiah, never a formatted "Rp 12.300" or a decimal.
    for (const row of rows) expect(row[9]).toMatch(/^\d+$/);
  });

  it('LibreOffice headless converts the .xlsx to CSV without errors', async () => {
    const { code, csv, stderr } = await convertWithLibreOffice(files.xlsx!);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toMatch(/error/i);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(salesTable().rows + 1);
    await page.screenshot({ path: '/tmp/loket-e2e-day-close-export.png' });
  });
});
