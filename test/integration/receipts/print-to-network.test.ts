import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printReceiptOnNetwork } from '../../../electron/core/receipts/receipt-printing';
import { ReceiptPrintLog } from '../../../electron/core/receipts/receipt-prints';
import { decodeEscPos, textRows } from '../../support/escpos-decoder';
import { closedPort, startFakeNetworkPrinter, type FakeNetworkPrinter } from '../../support/fake-network-printer';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';

/**
 * A real sale printed on a fake network printer (TCP on 127.0.0.1): the printer receives the
 * receipt, a reprint is marked DUPLIKAT and counted, and a printer that is off (port closed) gives
 * the Indonesian reason, is recorded, and leaves the sale exactly as it was.
 */
let t: SalesFixture;
let printer: FakeNetworkPrinter;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'pulsa', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
  ]);
  printer = await startFakeNetworkPrinter();
});
afterAll(async () => {
  await printer.close();
  await t.close();
});

let seq = 0;
async function sell() {
  const n = String((seq += 1)).padStart(3, '0');
  const sale = await t.sales.engine.start({ requestId: `print-${n}`, productId: 'pulsa', customerNo: `0812${n}0001` });
  return waitSettled(t, sale.id);
}

describe('printing a sale on a network printer', () => {
  it('prints the original, then a reprint marked DUPLIKAT with its time and count', async () => {
    const sale = await sell();
    const target = { host: '127.0.0.1', port: printer.port };
    const first = await printReceiptOnNetwork(t.f.ledger, sale.id, target, '58mm');
    expect(first).toMatchObject({ ok: true, receipt: { copy: 'original', slip: 'receipt' } });
    const original = decodeEscPos(await printer.nextJob());
    expect(textRows(original)).toContain('PEMBELIAN PULSA');
    expect(textRows(original).join('\n')).not.toMatch(/DUPLIKAT/);
    expect(original.qrPayloads).toEqual([sale.refId]);
    expect(original.cuts).toBe(1);

    for (const n of [1, 2]) {
      expect(await printReceiptOnNetwork(t.f.ledger, sale.id, target, '80mm')).toMatchObject({ ok: true, receipt: { copy: 'duplicate' } });
      const rows = textRows(decodeEscPos(await printer.nextJob()));
      expect(rows).toEqual(expect.arrayContaining(['*** DUPLIKAT ***', `Cetak ulang ke-${n}`, 'PEMBELIAN PULSA']));
      expect(rows[rows.indexOf(`Cetak ulang ke-${n}`) + 1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} WIB$/);
    }
    expect(new ReceiptPrintLog(t.f.db).history(sale.id).map((a) => [a.copy, a.ok, a.target])).toEqual([
      ['original', true, `tcp://127.0.0.1:${printer.port}`],
      ['duplicate', true, `tcp://127.0.0.1:${printer.port}`],
      ['duplicate', true, `tcp://127.0.0.1:${printer.port}`],
    ]);
  });

  it('a printer that is off: the Indonesian reason, recorded, the sale untouched; the retry is still the original', async () => {
    const sale = await sell();
    const before = t.sales.book.get(sale.id);
    const cash = t.f.ledger.rawBalance('cash_drawer');
    const port = await closedPort();
    const failed = await printReceiptOnNetwork(t.f.ledger, sale.id, { host: '127.0.0.1', port }, '58mm');
    expect(failed).toMatchObject({ ok: false, code: 'refused', reason: expect.stringMatching(/menolak sambungan/) });
    expect(t.sales.book.get(sale.id)).toEqual(before);
    expect(t.f.ledger.rawBalance('cash_drawer')).toBe(cash);
    expect(new ReceiptPrintLog(t.f.db).history(sale.id)).toEqual([
      expect.objectContaining({ copy: 'original', ok: false, error: expect.stringMatching(/menolak sambungan/) }),
    ]);

    const retry = await printReceiptOnNetwork(t.f.ledger, sale.id, { host: '127.0.0.1', port: printer.port }, '58mm');
    expect(retry).toMatchObject({ ok: true, receipt: { copy: 'original' } });
    expect(textRows(decodeEscPos(await printer.nextJob())).join('\n')).not.toMatch(/DUPLIKAT/);
  });

  it('a sale that does not exist is a reason, not an exception', async () => {
    expect(await printReceiptOnNetwork(t.f.ledger, 999_999, { host: '127.0.0.1', port: printer.port }, '58mm')).toEqual({
      ok: false,
      code: 'no_receipt',
      reason: 'Transaksi tidak ditemukan.',
      receipt: null,
    });
  });
});
