import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptToEscPos } from '../../../electron/core/receipts/escpos-receipt';
import { receiptToPdf } from '../../../electron/core/receipts/pdf-receipt';
import { prepareReceipt } from '../../../electron/core/receipts/receipt-printing';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';
import { runAsCaller } from '../../../electron/core/users/call-context';
import { decodeEscPos, textRows } from '../../support/escpos-decoder';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { addUser } from '../../support/user-rows';
import { waitSettled } from '../../support/wait-settled';

/**
 * The receipt names the cashier who sold ("Kasir  <name>"): the signed-in user the sale records,
 * read back from the printer's bytes and from the PDF. A sale no signed-in user made prints no
 * Kasir line (nothing to tell the customer).
 */
let t: SalesFixture;
const tmp = makeTempDir('loket-seller-pdf-');
let cashier: { id: number; name: string };
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'pulsa', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_000, offers: [{ provider: 'iak', providerCode: 'htelkomsel10000', cost: 10_800 }] },
  ]);
  cashier = addUser(t.f.db, 'Rina Struk');
});
afterAll(async () => {
  tmp.cleanup();
  await t.close();
});

/** A sale started by `user`'s call, the way dispatch runs a handler as its caller. */
async function sell(requestId: string, customerNo: string, user: { id: number; name: string } | null): Promise<SaleRecord> {
  const start = () => t.sales.engine.start({ requestId, productId: 'pulsa', customerNo });
  const sale = user ? await runAsCaller({ session: 'test:cashier', user: { ...user, role: 'cashier' }, approvedBy: null }, start) : await start();
  return waitSettled(t, sale.id);
}

const escposRows = (saleId: number, paper: '58mm' | '80mm') => textRows(decodeEscPos(receiptToEscPos(prepareReceipt(t.f.ledger, saleId), paper)));

describe('Kasir on the receipt', () => {
  it("prints the seller's name on 80 and 58 mm", async () => {
    const sale = await sell('seller-receipt-1', '081200010001', cashier);
    expect(sale.seller).toEqual(cashier);
    expect(escposRows(sale.id, '80mm')).toContainEqual(expect.stringMatching(/^Kasir +Rina Struk$/));
    expect(escposRows(sale.id, '58mm')).toContainEqual(expect.stringMatching(/^Kasir +Rina Struk$/));
  });

  it('the PDF has the same line', async () => {
    const sale = await sell('seller-receipt-2', '081200010002', cashier);
    const file = join(tmp.dir, `sale-${sale.id}.pdf`);
    writeFileSync(file, await receiptToPdf(prepareReceipt(t.f.ledger, sale.id), '80mm'));
    expect(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).toMatch(/Kasir +Rina Struk/);
  });

  it('a sale no signed-in user made prints no Kasir line', async () => {
    const sale = await sell('seller-receipt-3', '081200010003', null);
    expect(sale.seller).toBeNull();
    expect(escposRows(sale.id, '80mm').some((row) => row.startsWith('Kasir'))).toBe(false);
  });
});
