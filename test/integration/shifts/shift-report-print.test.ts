import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftHandlers } from '../../../electron/core/api/handlers/shift-handlers';
import { writeReceiptSettings } from '../../../electron/core/receipts/receipt-settings';
import { decodeEscPos, textRows } from '../../support/escpos-decoder';
import { closedPort, startFakeNetworkPrinter, type FakeNetworkPrinter } from '../../support/fake-network-printer';
import { makeTempDir } from '../../support/temp-dir';
import { openShiftFixture, type ShiftFixture } from '../../unit/shifts/shift-fixture';
import { OWNER_CALL } from '../../support/sessions';

/**
 * The closing report on paper: ESC/POS bytes sent to a printer on 127.0.0.1 and read back with the
 * decoder, and the PDF read back with pdftotext. A shift with a sale, a refund, a pending sale
 * carried over and a counted shortage.
 */
let t: ShiftFixture;
let printer: FakeNetworkPrinter;
let h: ReturnType<typeof shiftHandlers>;
let shiftId: number;
let pendingRef: string;
const tmp = makeTempDir('loket-shift-pdf-');
beforeAll(async () => {
  t = await openShiftFixture();
  printer = await startFakeNetworkPrinter();
  h = shiftHandlers({ ledger: t.f.ledger, events: t.events });
  t.ownerCash(100_000);
  t.tick();
  // The shift takes the signed-in user's name: a cashier's call context names Sari Wulandari.
  const sari = { ...OWNER_CALL, session: 'test:cashier', user: { id: 2, name: 'Sari Wulandari', role: 'cashier' as const } };
  shiftId = (await h['shifts:open']({ requestId: 'print-open-1', float: { amount: '100.000' } }, sari)).id;
  t.tick();
  t.succeed(t.sell());
  const failed = t.fail(t.sell());
  t.book.refundPaid(failed.id);
  pendingRef = t.pend(t.sell()).refId;
  t.tick();
  await h['shifts:close']({ expectedCash: t.drawer(), requestId: 'print-close-1', counted: { denominations: { '100000': 1, '20000': 1, '2000': 1 } }, reason: 'Salah kembalian' }, OWNER_CALL);
});
afterAll(async () => {
  await printer.close();
  t.close();
  tmp.cleanup();
});

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
const expectedRows = ['LAPORAN TUTUP KASIR', 'Kasir Sari Wulandari', 'Omzet Rp 12.000', 'Refund dibayar Rp 12.000', 'Kas seharusnya Rp 124.000', 'Kas dihitung Rp 122.000', 'SELISIH -Rp 2.000', 'Alasan: Salah kembalian'];

describe('the closing report on paper', () => {
  it('prints on the network receipt printer: the rows read back from the ESC/POS bytes, within the paper width', async () => {
    writeReceiptSettings(t.f.db, { printerHost: '127.0.0.1', printerPort: printer.port, paper: '58mm' });
    const answer = await h['shifts:printReport']({ id: shiftId }, OWNER_CALL);
    expect(answer).toEqual({ printed: true, message: `Laporan kasir dicetak di 127.0.0.1:${printer.port}.` });
    const decoded = decodeEscPos(await printer.nextJob());
    const rows = textRows(decoded).map(squeeze);
    for (const row of expectedRows) expect(rows, row).toContain(row);
    expect(rows).toContain(`${pendingRef} Rp 12.000`);
    expect(rows.join('\n')).toMatch(/Rp 100\.000 x 1 Rp 100\.000/);
    expect(decoded.lines.every((line) => line.columns <= 32)).toBe(true);
    expect(decoded.cuts).toBe(1);
  });

  it('a printer that does not answer gives the reason, and the shift stays closed as it was', async () => {
    writeReceiptSettings(t.f.db, { printerHost: '127.0.0.1', printerPort: await closedPort(), paper: '58mm' });
    const answer = await h['shifts:printReport']({ id: shiftId }, OWNER_CALL);
    expect(answer.printed).toBe(false);
    expect(answer.message.length).toBeGreaterThan(10);
    expect((await h['shifts:report']({ id: shiftId }, OWNER_CALL)).shift.closedAt).not.toBeNull();
  });

  it('without a printer set, says so', async () => {
    writeReceiptSettings(t.f.db, { printerHost: '' });
    expect(await h['shifts:printReport']({ id: shiftId }, OWNER_CALL)).toEqual({ printed: false, message: expect.stringContaining('Printer struk belum diatur') });
  });

  it('as a PDF as wide as the receipt paper, every row readable with pdftotext', async () => {
    writeReceiptSettings(t.f.db, { paper: '80mm' });
    const pdf = await h['shifts:reportPdf']({ id: shiftId }, OWNER_CALL);
    expect(pdf.fileName).toBe(`laporan-kasir-2026-12-01-shift-${shiftId}.pdf`);
    const file = join(tmp.dir, pdf.fileName);
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/Page size:\s+([\d.]+) x/.exec(info)![1])).toBeCloseTo((80 * 72) / 25.4, 1);
    const lines = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\n').map(squeeze);
    for (const row of expectedRows) expect(lines, row).toContain(row);
    expect(lines).toContain(`${pendingRef} Rp 12.000`);
  });
});
