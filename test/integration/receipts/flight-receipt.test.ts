import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReceipt } from '../../../electron/core/receipts/build-receipt';
import { receiptToEscPos } from '../../../electron/core/receipts/escpos-receipt';
import { receiptToPdf } from '../../../electron/core/receipts/pdf-receipt';
import { PAPER_COLUMNS, type PaperWidth } from '../../../electron/core/receipts/receipt-layout';
import type { Receipt } from '../../../electron/core/receipts/receipt-model';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import { decodeEscPos, textRows } from '../../support/escpos-decoder';
import { makeTempDir } from '../../support/temp-dir';

/**
 * The flight ticket receipt (itinerary) from a flight sale record as the issue step writes it,
 * printed as ESC/POS and as PDF and read back (decoder, pdftotext).
 */
const DETAILS = {
  kodeBooking: 'ABCDEF',
  maskapai: 'Lion Air',
  penerbangan: 'JT-690',
  rute: 'CGK-DPS',
  berangkat: '20-12-2026 08:00',
  penumpang: 'Mr. Budi Santoso; Mrs. Sari Dewi; Mstr. Adi Putra',
};
const flightSale = (fields: Partial<SaleRecord>): SaleRecord => ({
  id: 7, requestId: 'flight-1', refId: 'LK0FLIGHT1', kind: 'flight', provider: 'mmbc', productId: 'flight', providerCode: 'JT-690',
  productName: 'Tiket Pesawat JT-690 CGK-DPS', customerNo: 'ABCDEF', customerName: null, inquiryId: null, price: 3_450_000, cost: 3_380_000,
  commission: 70_000, state: 'success', needsOperator: false, providerRef: 'ABCDEF', serial: null, message: null, details: DETAILS, itrx: null,
  reroutedFrom: null, refund: 'none', checkCount: 0, nextCheckAt: null, businessDay: '2026-11-30', createdAt: Date.UTC(2026, 10, 30, 3),
  sentAt: Date.UTC(2026, 10, 30, 3), updatedAt: Date.UTC(2026, 10, 30, 3), settledAt: Date.UTC(2026, 10, 30, 3), providerMode: 'sandbox',
  providerBaseUrl: null, reportedCost: null, alert: null, alertEvidence: null, alertAt: null, alertResolvedAt: null, alertResolution: null, seller: null,
  ...fields,
});
const OUTLET = { name: 'Konter Berkah', address: null, phone: null, footer: 'Terima kasih.' };
const receiptOf = (sale: SaleRecord): Receipt => buildReceipt(sale, { outlet: OUTLET, timeZone: 'Asia/Jakarta', copy: { kind: 'original' } });

function rows(receipt: Receipt, paper: PaperWidth): string[] {
  const decoded = decodeEscPos(receiptToEscPos(receipt, paper));
  for (const line of decoded.lines) expect(line.columns).toBeLessThanOrEqual(PAPER_COLUMNS[paper]);
  return textRows(decoded);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fieldRow = (label: string, value: string) => new RegExp(`^${escape(label)} +${escape(value)}$`);
function expectRows(actual: string[], ...patterns: (string | RegExp)[]): void {
  for (const p of patterns) {
    expect(actual.some((r) => (typeof p === 'string' ? r === p : p.test(r))), `no row ${String(p)} in\n${actual.join('\n')}`).toBe(true);
  }
}

let tmp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  tmp = makeTempDir('loket-flight-pdf-');
});
afterAll(() => tmp.cleanup());

describe('flight ticket receipt', () => {
  it('issued with ticket numbers: booking code, flight, route, departure, each passenger with its ticket number, total', () => {
    const sale = flightSale({ serial: '1234567890123|2234567890123|3234567890123', details: { ...DETAILS, ticket_number: '1234567890123|2234567890123|3234567890123' } });
    const wide = rows(receiptOf(sale), '80mm');
    expectRows(
      wide,
      'TIKET PESAWAT',
      fieldRow('Kode Booking', 'ABCDEF'),
      fieldRow('Penerbangan', 'Lion Air JT-690'),
      fieldRow('Rute', 'CGK-DPS'),
      fieldRow('Berangkat', '20-12-2026 08:00'),
      'Penumpang:',
      fieldRow('1. Mr. Budi Santoso', '1234567890123'),
      fieldRow('2. Mrs. Sari Dewi', '2234567890123'),
      fieldRow('3. Mstr. Adi Putra', '3234567890123'),
      fieldRow('TOTAL BAYAR', 'Rp 3.450.000'),
    );
    expect(wide.join('\n')).not.toMatch(/PEMBAYARAN TAGIHAN/);
    // 58 mm: every name and number still printed whole.
    const narrow = rows(receiptOf(sale), '58mm').join('\n');
    for (const value of ['Mstr. Adi Putra', '3234567890123', 'ABCDEF', 'Rp 3.450.000']) expect(narrow).toContain(value);
  });

  it('"Confirm" (no ticket numbers): passengers listed without numbers and the ticket status', () => {
    const sale = flightSale({ serial: 'Confirm', details: { ...DETAILS, ticket_number: 'Confirm' } });
    const wide = rows(receiptOf(sale), '80mm');
    expectRows(wide, '1. Mr. Budi Santoso', '3. Mstr. Adi Putra', fieldRow('Status Tiket', 'Confirm'));
  });

  it('still issuing: the DALAM PROSES slip shows the itinerary and passengers, no ticket numbers', () => {
    const wide = rows(receiptOf(flightSale({ state: 'pending', settledAt: null })), '80mm');
    expectRows(wide, 'DALAM PROSES', fieldRow('Kode Booking', 'ABCDEF'), '2. Mrs. Sari Dewi', fieldRow('TOTAL BAYAR', 'Rp 3.450.000'));
    expect(wide.join('\n')).not.toMatch(/TIKET PESAWAT/);
  });

  it('as PDF (pdftotext): the same itinerary', async () => {
    const sale = flightSale({ serial: '1234567890123|2234567890123|3234567890123', details: { ...DETAILS, ticket_number: '1234567890123|2234567890123|3234567890123' } });
    const file = join(tmp.dir, 'flight-80mm.pdf');
    writeFileSync(file, await receiptToPdf(receiptOf(sale), '80mm'));
    const textOut = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
    for (const value of ['TIKET PESAWAT', 'Kode Booking ABCDEF', 'Lion Air JT-690', 'CGK-DPS', '20-12-2026 08:00', '2. Mrs. Sari Dewi 2234567890123', 'Rp 3.450.000']) {
      expect(textOut).toContain(value);
    }
  });
});
