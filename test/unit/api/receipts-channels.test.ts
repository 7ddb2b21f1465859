import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, startFakeNetworkPrinter, type FakeNetworkPrinter } from '../../support/fake-network-printer';
import { decodeEscPos, textRows } from '../../support/escpos-decoder';
import { openTestCore } from '../../support/core-fixture';
import { OWNER_SESSION } from '../../support/sessions';

/** The receipts channels through the real dispatcher: settings validated at the contract and in the core, printer problems as reasons. */
let t: Awaited<ReturnType<typeof openTestCore>>;
let printer: FakeNetworkPrinter;
beforeAll(async () => {
  t = await openTestCore();
  printer = await startFakeNetworkPrinter();
});
afterAll(async () => {
  await printer.close();
  await t.close();
});

const call = (channel: string, input: unknown) => t.core.dispatch(channel, input, OWNER_SESSION);

describe('receipts channels', () => {
  it('starts with no printer, 58 mm, auto-print off, one copy and the default outlet texts', async () => {
    expect(await call('receipts:settings', {})).toEqual({
      ok: true,
      value: { printer: null, paper: '58mm', autoPrint: false, copies: 1, outlet: { name: 'LOKET PPOB', address: null, phone: null, footer: expect.stringMatching(/^Terima kasih/) } },
    });
  });

  it('refuses bad settings with an Indonesian reason and changes nothing', async () => {
    const cases: [unknown, RegExp][] = [
      [{ printerPort: 70000 }, /Port printer harus angka 1 sampai 65535/],
      [{ printerPort: 0 }, /Port printer/],
      [{ printerPort: 'abc' }, /Port printer harus angka/],
      [{ printerPort: 9100.5 }, /Port printer harus angka/],
      [{ copies: 4 }, /Jumlah salinan harus 1 sampai 3/],
      [{ copies: 0 }, /Jumlah salinan/],
      [{ paper: '57mm' }, /Lebar kertas harus 58 mm atau 80 mm/],
      [{ outletName: 'x'.repeat(49) }, /Nama outlet paling panjang 48 huruf/],
      [{ receiptFooter: 'x'.repeat(201) }, /Catatan kaki struk paling panjang 200 huruf/],
      [{ printerHost: 'printer kasir; rm -rf' }, /Alamat printer "printer kasir; rm -rf" tidak valid/],
      [{ printerHost: 'http://192.168.1.50' }, /tidak valid/],
      [{ printerHost: '192.168.1.50', copies: 9 }, /Jumlah salinan/],
      [{ secret: 'x' }, /./],
    ];
    for (const [input, message] of cases) {
      const result = await call('receipts:setSettings', input);
      expect(result, JSON.stringify(input)).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(message) } });
    }
    expect(await call('receipts:settings', {})).toMatchObject({ ok: true, value: { printer: null, copies: 1, paper: '58mm' } });
  });

  it('saves a printer (port 9100 by default), turns auto-print on with it, and keeps an explicit choice', async () => {
    expect(await call('receipts:setSettings', { printerHost: ' 192.168.1.50 ' })).toMatchObject({ ok: true, value: { printer: { host: '192.168.1.50', port: 9100 }, autoPrint: true } });
    expect(await call('receipts:setSettings', { autoPrint: false, paper: '80mm', copies: 2, outletName: 'Konter Maju', outletPhone: '0812-1111' })).toMatchObject({
      ok: true,
      value: { autoPrint: false, paper: '80mm', copies: 2, outlet: { name: 'Konter Maju', phone: '0812-1111' } },
    });
    expect(await call('receipts:setSettings', { outletName: '  ', printerHost: '' })).toMatchObject({ ok: true, value: { printer: null, autoPrint: false, outlet: { name: 'LOKET PPOB' } } });
  });

  it('OS printer settings: refused in Indonesian at the contract, saved with raw as the default mode; headless lists none', async () => {
    const cases: [unknown, RegExp][] = [
      [{ printerKind: 'usb' }, /Jenis printer harus printer jaringan atau printer sistem/],
      [{ osPrinterMode: 'pdf' }, /Cara cetak printer sistem harus raw \(ESC\/POS\) atau html/],
      [{ osPrinterName: '-o raw' }, /tidak boleh diawali tanda "-"/],
      [{ osPrinterName: 'POS\n58' }, /karakter yang tidak diizinkan/],
      [{ osPrinterName: 'x'.repeat(221) }, /paling panjang 220 huruf/],
      [{ osPrinterName: 58 }, /Nama printer sistem harus teks/],
    ];
    for (const [input, message] of cases) {
      const result = await call('receipts:setSettings', input);
      expect(result, JSON.stringify(input)).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(message) } });
    }
    expect(await call('receipts:setSettings', { printerKind: 'os', osPrinterName: ' POS-58 ' })).toMatchObject({ ok: true, value: { printer: { kind: 'os', name: 'POS-58', mode: 'raw' } } });
    expect(await call('receipts:osPrinters', {})).toEqual({ ok: true, value: { available: false, printers: [], reason: expect.stringMatching(/^Printer sistem hanya tersedia di aplikasi desktop/) } });
    expect(await call('receipts:testPrint', {})).toEqual({ ok: true, value: { ok: false, reason: expect.stringMatching(/hanya tersedia di aplikasi desktop/), target: 'os://POS-58' } });
    expect(await call('receipts:setSettings', { printerKind: 'network', printerHost: '' })).toMatchObject({ ok: true, value: { printer: null } });
  });

  it('a print or preview of a sale that does not exist is refused; a print with no printer is a reason', async () => {
    expect(await call('receipts:preview', { saleId: 999 })).toEqual({ ok: false, error: { code: 'not_found', message: 'Transaksi tidak ditemukan.' } });
    expect(await call('receipts:pdf', { saleId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('receipts:preview', { saleId: 'abc' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('receipts:print', { saleId: 999 })).toEqual({ ok: true, value: { ok: false, code: 'no_printer', reason: expect.stringMatching(/Printer struk belum diatur/) } });
  });

  it('test print: no printer, a closed port (the reason), then the page on a working printer', async () => {
    await call('receipts:setSettings', { printerHost: '' });
    expect(await call('receipts:testPrint', {})).toEqual({ ok: true, value: { ok: false, reason: expect.stringMatching(/belum diatur/), target: null } });

    const port = await closedPort();
    await call('receipts:setSettings', { printerHost: '127.0.0.1', printerPort: port, paper: '58mm' });
    expect(await call('receipts:testPrint', {})).toEqual({ ok: true, value: { ok: false, reason: expect.stringMatching(new RegExp(`127\\.0\\.0\\.1:${port} menolak sambungan`)), target: `127.0.0.1:${port}` } });

    await call('receipts:setSettings', { printerPort: printer.port });
    expect(await call('receipts:testPrint', {})).toMatchObject({ ok: true, value: { ok: true, reason: null } });
    const page = decodeEscPos(await printer.nextJob());
    expect(textRows(page)).toEqual(expect.arrayContaining(['TES PRINTER', '12345678901234567890123456789012']));
    expect(page.cuts).toBe(1);
  });
});
