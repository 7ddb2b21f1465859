import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptHandlers } from '../../../electron/core/api/handlers/receipts-handlers';
import { writeReceiptSettings } from '../../../electron/core/receipts/receipt-settings';
import { decodeEscPos, textRows } from '../../support/escpos-decoder';
import { closedPort, startFakeNetworkPrinter, type FakeNetworkPrinter } from '../../support/fake-network-printer';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { waitSettled } from '../../support/wait-settled';
import { OWNER_CALL } from '../../support/sessions';

/** The receipts handlers on a real sale: the preview shows the rows that print, copies, DUPLIKAT, the PDF, a failed print. */
let t: SalesFixture;
let printer: FakeNetworkPrinter;
let h: ReturnType<typeof receiptHandlers>;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'pulsa', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
  ]);
  printer = await startFakeNetworkPrinter();
  h = receiptHandlers(t.f.ledger);
});
afterAll(async () => {
  await printer.close();
  await t.close();
});

let seq = 0;
async function sell() {
  const n = String((seq += 1)).padStart(3, '0');
  const sale = await t.sales.engine.start({ requestId: `handler-${n}`, productId: 'pulsa', customerNo: `0813${n}0002` });
  return waitSettled(t, sale.id);
}
const texts = (rows: { type: string; text?: string }[]) => rows.flatMap((r) => (r.type === 'text' ? [r.text ?? ''] : []));

describe('receipts handlers on a real sale', () => {
  it('previews the printed rows, prints the copies in one job, then previews and prints DUPLIKAT', async () => {
    const sale = await sell();
    writeReceiptSettings(t.f.db, { printerHost: '127.0.0.1', printerPort: printer.port, copies: 2, paper: '58mm' });
    const preview = await h['receipts:preview']({ saleId: sale.id }, OWNER_CALL);
    expect(preview).toMatchObject({ refId: sale.refId, copy: 'original', columns: 32 });
    expect(texts(preview.rows)).toContain('PEMBELIAN PULSA');
    expect(texts(preview.rows).every((row) => row.length <= 32)).toBe(true);

    expect(await h['receipts:print']({ saleId: sale.id }, OWNER_CALL)).toEqual({ ok: true, copy: 'original' });
    const job = decodeEscPos(await printer.nextJob());
    expect(job.cuts).toBe(2);
    expect(textRows(job).filter((row) => row === 'PEMBELIAN PULSA')).toHaveLength(2);
    expect(textRows(job).join('\n')).toContain(sale.refId);

    const again = await h['receipts:preview']({ saleId: sale.id }, OWNER_CALL);
    expect(again.copy).toBe('duplicate');
    expect(texts(again.rows)).toEqual(expect.arrayContaining(['*** DUPLIKAT ***', 'Cetak ulang ke-1']));
    expect(await h['receipts:print']({ saleId: sale.id }, OWNER_CALL)).toEqual({ ok: true, copy: 'duplicate' });
    expect(textRows(decodeEscPos(await printer.nextJob()))).toContain('*** DUPLIKAT ***');
  });

  it('a closed printer port: the reason, the sale untouched, the retry prints the original', async () => {
    const sale = await sell();
    const before = t.sales.book.get(sale.id);
    writeReceiptSettings(t.f.db, { printerPort: await closedPort(), copies: 1 });
    expect(await h['receipts:print']({ saleId: sale.id }, OWNER_CALL)).toEqual({ ok: false, code: 'refused', reason: expect.stringMatching(/menolak sambungan/) });
    expect(t.sales.book.get(sale.id)).toEqual(before);
    writeReceiptSettings(t.f.db, { printerPort: printer.port });
    expect(await h['receipts:print']({ saleId: sale.id }, OWNER_CALL)).toEqual({ ok: true, copy: 'original' });
    expect(textRows(decodeEscPos(await printer.nextJob())).join('\n')).not.toMatch(/DUPLIKAT/);
  });

  it('gives the PDF named after the transaction number', async () => {
    const sale = await sell();
    const pdf = await h['receipts:pdf']({ saleId: sale.id }, OWNER_CALL);
    expect(pdf.fileName).toBe(`struk-${sale.refId}.pdf`);
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
