import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptHandlers } from '../../../electron/core/api/handlers/receipts-handlers';
import { ReceiptPrintLog } from '../../../electron/core/receipts/receipt-prints';
import { readReceiptSettings, writeReceiptSettings } from '../../../electron/core/receipts/receipt-settings';
import { decodeEscPos, textRows } from '../../support/escpos-decoder';
import { FakeOsPrinters } from '../../support/fake-os-printers';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';
import { OWNER_CALL } from '../../support/sessions';

/** Receipts on an OS printer (desktop shell's port, faked): raw and html paths, copies, reasons recorded, headless refusal. */
let t: SalesFixture;
let os: FakeOsPrinters;
let desktop: ReturnType<typeof receiptHandlers>;
let headless: ReturnType<typeof receiptHandlers>;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'pulsa', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
  ]);
  os = new FakeOsPrinters();
  desktop = receiptHandlers(t.f.ledger, { osPrinters: os });
  headless = receiptHandlers(t.f.ledger);
});
afterAll(async () => {
  await t.close();
});

let seq = 0;
async function sell() {
  const n = String((seq += 1)).padStart(3, '0');
  const sale = await t.sales.engine.start({ requestId: `os-print-${n}`, productId: 'pulsa', customerNo: `0813${n}0003` });
  return waitSettled(t, sale.id);
}
const attempts = (saleId: number) => new ReceiptPrintLog(t.f.db).history(saleId).map((a) => ({ copy: a.copy, ok: a.ok, target: a.target, error: a.error }));

describe('receipts on an OS printer', () => {
  it('raw: the copies as ESC/POS in one job to the named queue, recorded as os://<name>; the next print is DUPLIKAT', async () => {
    const sale = await sell();
    writeReceiptSettings(t.f.db, { printerKind: 'os', osPrinterName: 'POS-58', osPrinterMode: 'raw', copies: 2, paper: '58mm' });
    os.raw.length = 0;
    expect(await desktop['receipts:print']({ saleId: sale.id }, OWNER_CALL)).toEqual({ ok: true, copy: 'original' });
    expect(os.raw).toHaveLength(1);
    expect(os.raw[0]?.name).toBe('POS-58');
    const job = decodeEscPos(os.raw[0]?.bytes ?? new Uint8Array());
    expect(job.cuts).toBe(2);
    expect(textRows(job).join('\n')).toContain(sale.refId);
    expect(await desktop['receipts:print']({ saleId: sale.id }, OWNER_CALL)).toEqual({ ok: true, copy: 'duplicate' });
    expect(textRows(decodeEscPos(os.raw[1]?.bytes ?? new Uint8Array()))).toContain('*** DUPLIKAT ***');
    expect(attempts(sale.id)).toEqual([
      { copy: 'original', ok: true, target: 'os://POS-58', error: null },
      { copy: 'duplicate', ok: true, target: 'os://POS-58', error: null },
    ]);
  });

  it('html: the receipt page once per copy at the paper width; a refusal is the reason, recorded, and the retry is the original', async () => {
    const sale = await sell();
    const before = t.sales.book.get(sale.id);
    writeReceiptSettings(t.f.db, { printerKind: 'os', osPrinterName: 'EPSON TM-T82', osPrinterMode: 'html', copies: 2, paper: '80mm' });
    os.html.length = 0;
    os.failures.push('Printer "EPSON TM-T82" kehabisan kertas.');
    expect(await desktop['receipts:print']({ saleId: sale.id }, OWNER_CALL)).toEqual({ ok: false, code: 'os_failed', reason: 'Printer "EPSON TM-T82" kehabisan kertas.' });
    expect(t.sales.book.get(sale.id)).toEqual(before);
    expect(os.html).toHaveLength(1);

    expect(await desktop['receipts:print']({ saleId: sale.id }, OWNER_CALL)).toEqual({ ok: true, copy: 'original' });
    expect(os.html).toHaveLength(3);
    expect(os.html.slice(1).map((job) => [job.name, job.paper.widthMm])).toEqual([
      ['EPSON TM-T82', 80],
      ['EPSON TM-T82', 80],
    ]);
    expect(os.html[1]?.html).toContain('PEMBELIAN PULSA');
    expect(os.html[1]?.html).not.toContain('DUPLIKAT');
    expect(attempts(sale.id)).toEqual([
      { copy: 'original', ok: false, target: 'os://EPSON TM-T82', error: 'Printer "EPSON TM-T82" kehabisan kertas.' },
      { copy: 'original', ok: true, target: 'os://EPSON TM-T82', error: null },
    ]);
  });

  it('headless (no port): an OS printer is a clear reason, recorded, the sale untouched; the test print says the same', async () => {
    const sale = await sell();
    const before = t.sales.book.get(sale.id);
    writeReceiptSettings(t.f.db, { printerKind: 'os', osPrinterName: 'POS-58', osPrinterMode: 'raw', copies: 1 });
    expect(await headless['receipts:print']({ saleId: sale.id }, OWNER_CALL)).toEqual({ ok: false, code: 'os_unavailable', reason: expect.stringMatching(/^Printer sistem hanya tersedia di aplikasi desktop/) });
    expect(t.sales.book.get(sale.id)).toEqual(before);
    expect(attempts(sale.id)).toEqual([{ copy: 'original', ok: false, target: 'os://POS-58', error: expect.stringMatching(/hanya tersedia di aplikasi desktop/) }]);
    expect(await headless['receipts:testPrint']({}, OWNER_CALL)).toEqual({ ok: false, reason: expect.stringMatching(/hanya tersedia di aplikasi desktop/), target: 'os://POS-58' });
    expect(await headless['receipts:osPrinters']({}, OWNER_CALL)).toEqual({ available: false, printers: [], reason: expect.stringMatching(/hanya tersedia di aplikasi desktop/) });
  });

  it('desktop: lists the OS printers and sends the test page raw to the chosen queue', async () => {
    expect(await desktop['receipts:osPrinters']({}, OWNER_CALL)).toEqual({ available: true, printers: os.printers, reason: null });
    writeReceiptSettings(t.f.db, { printerKind: 'os', osPrinterName: 'POS-58', osPrinterMode: 'raw', paper: '58mm' });
    os.raw.length = 0;
    expect(await desktop['receipts:testPrint']({}, OWNER_CALL)).toEqual({ ok: true, reason: null, target: 'os://POS-58' });
    expect(textRows(decodeEscPos(os.raw[0]?.bytes ?? new Uint8Array()))).toContain('TES PRINTER');
  });

  it('the core refuses a bad OS printer name or mode itself (not only the contract) and changes nothing', () => {
    const before = readReceiptSettings(t.f.db);
    expect(() => writeReceiptSettings(t.f.db, { printerKind: 'os', osPrinterName: '-d evil' })).toThrow(/tidak boleh diawali tanda "-"/);
    expect(() => writeReceiptSettings(t.f.db, { osPrinterName: 'POS\u000758' })).toThrow(/karakter yang tidak diizinkan/);
    expect(() => writeReceiptSettings(t.f.db, { osPrinterMode: 'pdf' as 'raw' })).toThrow(/Cara cetak printer sistem/);
    expect(() => writeReceiptSettings(t.f.db, { printerKind: 'usb' as 'os' })).toThrow(/Jenis printer/);
    expect(readReceiptSettings(t.f.db)).toEqual(before);
  });

  it('settings stored before OS printers (host and port, no kind) are still the network printer; switching back keeps them', () => {
    const db = t.f.db;
    db.prepare("DELETE FROM setting WHERE key IN ('printer_kind', 'printer_os_name', 'printer_os_mode', 'receipt_auto_print')").run();
    db.prepare("INSERT INTO setting (key, value) VALUES ('printer_host', '192.168.1.50'), ('printer_port', '9101') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    expect(readReceiptSettings(db)).toMatchObject({ printer: { kind: 'network', host: '192.168.1.50', port: 9101 }, autoPrint: true });
    expect(writeReceiptSettings(db, { printerKind: 'os', osPrinterName: 'POS-58' }).printer).toEqual({ kind: 'os', name: 'POS-58', mode: 'raw' });
    expect(writeReceiptSettings(db, { printerKind: 'network' }).printer).toEqual({ kind: 'network', host: '192.168.1.50', port: 9101 });
  });
});
