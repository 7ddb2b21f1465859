import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Ledger } from '../../../electron/core/ledger';
import { receiptToEscPos } from '../../../electron/core/receipts/escpos-receipt';
import { OUTLET_SETTING_KEYS } from '../../../electron/core/receipts/outlet-settings';
import { formatReceiptTime } from '../../../electron/core/receipts/receipt-format';
import { PAPER_COLUMNS, type PaperWidth } from '../../../electron/core/receipts/receipt-layout';
import type { Receipt } from '../../../electron/core/receipts/receipt-model';
import { prepareReceipt } from '../../../electron/core/receipts/receipt-printing';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import { decodeEscPos, textRows, type DecodedLine } from '../../support/escpos-decoder';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * Receipts of REAL sales (the engine against the provider simulators, a real ledger file), turned
 * into ESC/POS bytes for 58 and 80 mm and read back by the test decoder: the content of each sale
 * kind, no row past the paper's columns, the large grouped token, the QR payload and the cut.
 */
let t: SalesFixture;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'pulsa', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
    { productId: 'data', category: 'data', name: 'Telkomsel Data 1GB / 7 Hari', price: 14_000, offers: [{ provider: 'iak', providerCode: 'tseldata1gb7', cost: 12_650 }] },
    { productId: 'ovo', category: 'ewallet', name: 'OVO Cash 20.000', price: 22_000, offers: [{ provider: 'iak', providerCode: 'ovo20', cost: 21_500 }] },
    { productId: 'token-iak', category: 'pln_token', name: 'Token PLN 20.000', price: 22_500, offers: [{ provider: 'iak', providerCode: 'hpln20000', cost: 20_200 }] },
    { productId: 'token-ayo', category: 'pln_token', name: 'Token PLN 20.000', price: 22_500, offers: [{ provider: 'ayoconnect', providerCode: 'LSTPRP20', cost: 20_200 }] },
    { productId: 'pln-iak', category: 'bill', name: 'PLN Pascabayar', price: 2_500, offers: [{ provider: 'iak', providerCode: 'PLNPOSTPAID', cost: 0 }] },
    { productId: 'pln-ayo', category: 'bill', name: 'PLN Pascabayar', price: 2_500, offers: [{ provider: 'ayoconnect', providerCode: 'LSTPPPOG', cost: 0 }] },
    { productId: 'pln-klikoo', category: 'bill', name: 'PLN Pascabayar', price: 2_500, offers: [{ provider: 'klikoo', providerCode: 'POSTPAIDPLN', cost: 0 }] },
  ]);
  const setting = t.f.db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)');
  setting.run(OUTLET_SETTING_KEYS.name, 'Konter Café “Berkah” 😀');
  setting.run(OUTLET_SETTING_KEYS.address, 'Jl. Merdeka No. 10 – Bandung');
  setting.run(OUTLET_SETTING_KEYS.phone, '0812-3456-7890');
  setting.run(OUTLET_SETTING_KEYS.footer, 'Terima kasih atas kunjungan Anda. Struk ini bukti pembayaran yang sah.');
});
afterAll(() => t.close());

/** Request ids and customer numbers unique by construction: a counter and the simulators' outcome suffix. */
let seq = 0;
const next = () => String((seq += 1)).padStart(3, '0');

async function sell(productId: string, prefix: string, suffix = '0001'): Promise<SaleRecord> {
  const n = next();
  const sale = await t.sales.engine.start({ requestId: `receipt-${n}`, productId, customerNo: `${prefix}${n}${suffix}` });
  return waitSettled(t, sale.id);
}

async function payBill(productId: string, customerNo: string): Promise<SaleRecord> {
  const bill = await t.sales.bills.inquire({ productId, customerNo });
  const sale = await t.sales.engine.payBill({ requestId: `receipt-bill-${next()}`, inquiryId: bill.id });
  return waitSettled(t, sale.id);
}

interface Printed {
  rows: string[];
  lines: DecodedLine[];
}

/** The bytes as the printer would print them, checked for what every receipt must have. */
function printed(receipt: Receipt, paper: PaperWidth): Printed {
  const decoded = decodeEscPos(receiptToEscPos(receipt, paper));
  for (const line of decoded.lines) {
    expect(line.columns, `"${line.text}" is wider than ${paper} paper`).toBeLessThanOrEqual(PAPER_COLUMNS[paper]);
  }
  expect(decoded.qrPayloads).toEqual([receipt.qrPayload]);
  expect(decoded.cuts).toBe(1);
  expect(decoded.codepages.length).toBeGreaterThan(0);
  return { rows: textRows(decoded), lines: decoded.lines };
}

/** "Label .... value" on one row (80 mm fits every field used here). */
const fieldRow = (label: string, value: string) => new RegExp(`^${escape(label)} +${escape(value)}$`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function expectRows(rows: string[], ...patterns: (string | RegExp)[]): void {
  for (const p of patterns) {
    expect(rows.some((r) => (typeof p === 'string' ? r === p : p.test(r))), `no row ${String(p)} in\n${rows.join('\n')}`).toBe(true);
  }
}

function expectCommon(sale: SaleRecord, rows: string[]): void {
  expectRows(
    rows,
    'Konter Cafe "Berkah"',
    'Jl. Merdeka No. 10 - Bandung',
    'Telp. 0812-3456-7890',
    fieldRow('No. Trx', sale.refId),
    fieldRow('Waktu', formatReceiptTime(sale.settledAt ?? sale.createdAt, 'Asia/Jakarta')),
  );
  if (sale.providerRef) expectRows(rows, fieldRow('Ref. Provider', sale.providerRef));
  expect(rows.join('\n')).not.toMatch(/DUPLIKAT/);
}

describe('receipts of real sales, as ESC/POS', () => {
  it('pulsa: number, product, SN, total; the same content on 58 mm, wrapped to 32 columns', async () => {
    const sale = await sell('pulsa', '0812');
    expect(sale.state).toBe('success');
    const receipt = prepareReceipt(t.f.ledger, sale.id);
    const wide = printed(receipt, '80mm').rows;
    expectCommon(sale, wide);
    expectRows(wide, 'PEMBELIAN PULSA', fieldRow('Nomor HP', sale.customerNo), fieldRow('Produk', 'Pulsa Telkomsel 10.000'), fieldRow('SN', sale.serial!), fieldRow('TOTAL BAYAR', 'Rp 12.000'));
    const narrow = printed(receipt, '58mm').rows;
    // 27 characters of reference do not fit beside their label on 32 columns: the value goes under it, whole.
    expectRows(narrow, 'No. Trx', sale.refId, fieldRow('TOTAL BAYAR', 'Rp 12.000'), 'Terima kasih atas kunjungan');
  });

  it('data: the package name and SN', async () => {
    const sale = await sell('data', '0812');
    const rows = printed(prepareReceipt(t.f.ledger, sale.id), '80mm').rows;
    expectCommon(sale, rows);
    expectRows(rows, 'PEMBELIAN PAKET DATA', fieldRow('Produk', 'Telkomsel Data 1GB / 7 Hari'), fieldRow('SN', sale.serial!), fieldRow('TOTAL BAYAR', 'Rp 14.000'));
  });

  it('e-wallet: the account number and product', async () => {
    const sale = await sell('ovo', '0812');
    const rows = printed(prepareReceipt(t.f.ledger, sale.id), '58mm').rows;
    expectRows(rows, 'ISI SALDO E-WALLET', fieldRow('No. Akun', sale.customerNo), fieldRow('Produk', 'OVO Cash 20.000'), fieldRow('TOTAL BAYAR', 'Rp 22.000'));
  });

  it('PLN token (IAK SN with name, tariff and kWh): meter, name, R1/1300 VA, kWh with a comma, the token large and grouped', async () => {
    const sale = await sell('token-iak', '1423');
    const token = String(sale.details.token);
    expect(token).toMatch(/^\d{4}(-\d{4}){4}$/);
    const receipt = prepareReceipt(t.f.ledger, sale.id);
    const wide = printed(receipt, '80mm');
    expectCommon(sale, wide.rows);
    expectRows(
      wide.rows,
      'TOKEN LISTRIK PLN',
      fieldRow('No. Meter', sale.customerNo),
      fieldRow('Nama', String(sale.details.customerName)),
      fieldRow('Tarif/Daya', `${String(sale.details.segment)}/${String(sale.details.power)} VA`),
      fieldRow('Jumlah kWh', String(sale.details.kwh).replace('.', ',')),
    );
    // 80 mm: the whole token on one double-width, double-height row (24 characters = 48 columns).
    const big = (lines: DecodedLine[]) => lines.filter((l) => l.width === 2 && l.height === 2).map((l) => l.text.trim());
    expect(big(wide.lines)).toEqual([token]);
    // 58 mm: still large, broken between groups, never inside one.
    const narrow = big(printed(receipt, '58mm').lines);
    expect(narrow.length).toBe(2);
    expect(narrow.join('-')).toBe(token);
  });

  it('PLN token (Ayoconnect, bare 20-digit token): grouped 4-4-4-4-4 all the same', async () => {
    const sale = await sell('token-ayo', '1423');
    expect(sale.serial).toMatch(/^\d{20}$/);
    const lines = printed(prepareReceipt(t.f.ledger, sale.id), '80mm').lines;
    expect(lines.filter((l) => l.width === 2).map((l) => l.text.trim())).toEqual([sale.serial!.match(/\d{4}/g)!.join('-')]);
  });

  it('postpaid bill (IAK, eight months sent as "first,last"): every month on its own row, "Periode (8 bln)"', async () => {
    const sale = await payBill('pln-iak', `5300${next()}00999`);
    const rows = printed(prepareReceipt(t.f.ledger, sale.id), '80mm').rows;
    expectCommon(sale, rows);
    // IAK's period is "first,last"; the core keeps every month from desc.tagihan.detail (QA of issue 12).
    const periods = String(sale.details.periode).split(',');
    expect(periods.length).toBe(8);
    const monthName = /^(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/;
    // One period per row: the label's row holds the first, the next seven rows the others.
    const at = rows.findIndex((r) => r.startsWith('Periode (8 bln)'));
    expect(at).toBeGreaterThanOrEqual(0);
    const named = [rows[at]!.replace(/^Periode \(8 bln\) +/, ''), ...rows.slice(at + 1, at + 8).map((r) => r.trim())];
    expect(named).toHaveLength(8);
    for (const n of named) expect(n).toMatch(monthName);
    expect(new Set(named).size).toBe(8);
    expectRows(
      rows,
      'PEMBAYARAN TAGIHAN',
      fieldRow('No. Pelanggan', sale.customerNo),
      fieldRow('Nama', sale.customerName!),
      fieldRow('Tagihan', `Rp ${fmt(Number(sale.details.tagihan))}`),
      fieldRow('Admin', `Rp ${fmt(Number(sale.details.admin))}`),
      fieldRow('Biaya Loket', 'Rp 2.500'),
      fieldRow('TOTAL BAYAR', `Rp ${fmt(sale.price)}`),
      fieldRow('Ref. Biller', sale.serial!),
    );
  });

  it('postpaid bill (Ayoconnect "Agu 2026" periods, Klikoo "202610"): full Indonesian month names', async () => {
    const ayo = await payBill('pln-ayo', `5300${next()}00003`);
    const ayoRows = printed(prepareReceipt(t.f.ledger, ayo.id), '58mm').rows.join(' ');
    expect(ayoRows).toMatch(/Periode \(3 bln\)/);
    expect(ayoRows).not.toMatch(/\b(Agu|Okt|Des)\b/);
    const klikoo = await payBill('pln-klikoo', `5300${next()}00001`);
    const klikooRows = printed(prepareReceipt(t.f.ledger, klikoo.id), '80mm').rows;
    const period = String(klikoo.details.periode);
    const month = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'][Number(period.slice(4)) - 1];
    expectRows(klikooRows, fieldRow('Periode', `${month} ${period.slice(0, 4)}`), fieldRow('Ref. Biller', klikoo.serial!.split('/')[0]!));
  });

  it('a sale still in process prints a DALAM PROSES slip without SN, then its final receipt once settled', async () => {
    const n = next();
    // IAK simulator: ...6666 stays in process until resolved by hand.
    const sale = await t.sales.engine.start({ requestId: `receipt-${n}`, productId: 'pulsa', customerNo: `0812${n}6666` });
    const open = await vi.waitFor(() => {
      const s = t.sales.book.get(sale.id);
      if (s.state !== 'pending') throw new Error(s.state);
      return s;
    });
    const slip = prepareReceipt(t.f.ledger, open.id);
    expect(slip.slip).toBe('pending');
    const rows = printed(slip, '58mm').rows;
    expectRows(rows, 'DALAM PROSES', fieldRow('Nomor HP', open.customerNo), fieldRow('TOTAL BAYAR', 'Rp 12.000'), /^Transaksi sedang diproses/);
    expect(rows.join('\n')).not.toMatch(/PEMBELIAN PULSA|^SN /m);
  });

  it('a failed sale prints a refund slip: BELUM DIKEMBALIKAN while owed, SUDAH DIKEMBALIKAN once paid back', async () => {
    const sale = await sell('pulsa', '0812', '9999');
    expect(sale).toMatchObject({ state: 'failed', refund: 'due' });
    const owed = printed(prepareReceipt(t.f.ledger, sale.id), '80mm').rows;
    expectRows(owed, 'BUKTI REFUND', fieldRow('Status', 'GAGAL'), fieldRow('REFUND', 'Rp 12.000'), fieldRow('Status Refund', 'BELUM DIKEMBALIKAN'));
    t.sales.book.refundPaid(sale.id);
    const paid = printed(prepareReceipt(t.f.ledger, sale.id), '58mm').rows;
    expectRows(paid, 'BUKTI REFUND', fieldRow('Status Refund', 'SUDAH DIKEMBALIKAN'));
  });

  it('times read in the outlet zone of the ledger (a WIT outlet prints WIT)', async () => {
    const sale = await sell('pulsa', '0812');
    const papua = new Ledger(t.f.db, { now: Date.now, timeZone: 'Asia/Jayapura' });
    const rows = printed(prepareReceipt(papua, sale.id), '80mm').rows;
    expectRows(rows, fieldRow('Waktu', formatReceiptTime(sale.settledAt!, 'Asia/Jayapura')));
    expect(rows.find((r) => r.startsWith('Waktu'))).toMatch(/ WIT$/);
  });
});

const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
