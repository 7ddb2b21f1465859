import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptToPdf } from '../../../electron/core/receipts/pdf-receipt';
import { layoutReceipt, type PaperWidth } from '../../../electron/core/receipts/receipt-layout';
import { prepareReceipt } from '../../../electron/core/receipts/receipt-printing';
import { openSalesFixture, type SalesFixture } from '../../support/sales-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { waitSettled } from '../../support/wait-settled';

/**
 * The receipt-width PDF of real sales, read back with pdftotext (poppler-utils, installed by
 * .ci/run): a page exactly 58 or 80 mm wide, every row of the thermal layout on it, the token.
 */
let t: SalesFixture;
let tmp: ReturnType<typeof makeTempDir>;
beforeAll(async () => {
  t = await openSalesFixture([
    { productId: 'token', category: 'pln_token', name: 'Token PLN 20.000', price: 22_500, offers: [{ provider: 'iak', providerCode: 'hpln20000', cost: 20_200 }] },
    { productId: 'pln', category: 'bill', name: 'PLN Pascabayar', price: 2_500, offers: [{ provider: 'iak', providerCode: 'PLNPOSTPAID', cost: 0 }] },
  ]);
  tmp = makeTempDir('loket-pdf-');
});
afterAll(async () => {
  tmp.cleanup();
  await t.close();
});

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

async function pdfText(saleId: number, paper: PaperWidth): Promise<{ text: string; widthPt: number; pages: number }> {
  const file = join(tmp.dir, `sale-${saleId}-${paper}.pdf`);
  writeFileSync(file, await receiptToPdf(prepareReceipt(t.f.ledger, saleId), paper));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    widthPt: Number(/Page size:\s+([\d.]+) x/.exec(info)![1]),
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
  };
}

describe('receipt PDF', () => {
  it.each(['58mm', '80mm'] as const)('PLN token on %s: one page as wide as the paper with every printed row and the token', async (paper) => {
    const sale = await waitSettled(t, (await t.sales.engine.start({ requestId: `pdf-token-${paper}`, productId: 'token', customerNo: paper === '58mm' ? '142345670581' : '142345670801' })).id);
    const pdf = await pdfText(sale.id, paper);
    expect(pdf.pages).toBe(1);
    expect(pdf.widthPt).toBeCloseTo((Number.parseInt(paper, 10) * 72) / 25.4, 1);
    const lines = pdf.text.split('\n').map(squeeze);
    for (const row of layoutReceipt(prepareReceipt(t.f.ledger, sale.id), paper)) {
      if (row.type === 'text' && row.text.trim()) expect(lines, `row "${row.text}" missing from the PDF`).toContain(squeeze(row.text));
    }
    const token = String(sale.details.token);
    expect(lines.join(' ')).toContain(paper === '80mm' ? token : token.slice(0, 14));
  });

  it('postpaid bill: periods in month names and the total', async () => {
    const bill = await t.sales.bills.inquire({ productId: 'pln', customerNo: '530000100999' });
    const sale = await waitSettled(t, (await t.sales.engine.payBill({ requestId: 'pdf-bill', inquiryId: bill.id })).id);
    const text = squeeze((await pdfText(sale.id, '80mm')).text);
    const month = '(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \\d{4}';
    // IAK sends this 8-month bill's period as "first,last": every month prints, one per row (QA of issue 12).
    expect(text).toMatch(new RegExp(`Periode \\(8 bln\\)( ${month}){8}`));
    expect(text).toContain(`TOTAL BAYAR Rp ${String(sale.price).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`);
  });
});
