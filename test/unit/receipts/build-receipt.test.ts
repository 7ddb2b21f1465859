import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/core/ledger/migrate';
import { migrations } from '../../../electron/core/ledger/migrations';
import { buildReceipt, slipFor } from '../../../electron/core/receipts/build-receipt';
import { DEFAULT_OUTLET_NAME, DEFAULT_RECEIPT_FOOTER, readOutletSettings } from '../../../electron/core/receipts/outlet-settings';
import type { SaleRecord } from '../../../electron/core/sales/sale-record';

/** Real sales of every kind are in test/integration/receipts; these are the states and settings around them. */
const sale = (fields: Partial<SaleRecord>): SaleRecord => ({
  id: 1, requestId: 'r1', refId: 'LK0TEST', kind: 'pulsa', provider: 'iak', productId: 'p', providerCode: 'c', productName: 'Pulsa 10.000',
  customerNo: '081234567890', customerName: null, inquiryId: null, price: 12_000, cost: 10_800, commission: 0, state: 'success', needsOperator: false,
  providerRef: null, serial: null, message: null, details: {}, itrx: null, reroutedFrom: null, refund: 'none', checkCount: 0, nextCheckAt: null,
  businessDay: '2026-11-30', createdAt: 0, sentAt: 0, updatedAt: 0, settledAt: 0, providerMode: 'sandbox', providerBaseUrl: null,
  reportedCost: null, alert: null, alertEvidence: null, alertAt: null, alertResolvedAt: null, alertResolution: null, seller: null,
  ...fields,
});

describe('which slip a sale gets', () => {
  it('every open state (committed, sent, pending, unknown) gets the DALAM PROSES slip', () => {
    for (const state of ['committed', 'sent', 'pending', 'unknown'] as const) expect(slipFor(sale({ state }))).toBe('pending');
  });

  it('a failed sale owing or having paid back the cash gets the refund slip; one whose money went to a next attempt gets none', () => {
    expect(slipFor(sale({ state: 'failed', refund: 'due' }))).toBe('refund');
    expect(slipFor(sale({ state: 'failed', refund: 'paid' }))).toBe('refund');
    expect(() => slipFor(sale({ state: 'failed', refund: 'none' }))).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/Riwayat/) }));
  });
});

describe('outlet settings on the receipt', () => {
  it('an outlet that never opened Settings gets a default name and footer; blank values count as unset', () => {
    const db = new Database(':memory:');
    applyMigrations(db, migrations);
    expect(readOutletSettings(db)).toEqual({ name: DEFAULT_OUTLET_NAME, address: null, phone: null, footer: DEFAULT_RECEIPT_FOOTER });
    db.prepare("INSERT INTO setting (key, value) VALUES ('outlet_name', '  '), ('outlet_phone', '0812 111')").run();
    const outlet = readOutletSettings(db);
    expect(outlet).toMatchObject({ name: DEFAULT_OUTLET_NAME, phone: '0812 111' });
    const receipt = buildReceipt(sale({}), { outlet, timeZone: 'Asia/Jakarta', copy: { kind: 'original' } });
    expect(receipt.lines.slice(0, 2)).toEqual([
      { type: 'title', text: DEFAULT_OUTLET_NAME },
      { type: 'text', text: 'Telp. 0812 111', align: 'center', bold: false },
    ]);
  });
});

describe('bill periods on the receipt', () => {
  it('a range the core kept for a bill sent as "first,last" prints once with the months IAK counted (8), not "2 bln"', async () => {
    const { billReceipt } = await import('../../../electron/core/receipts/kinds/bill-receipt');
    const lines = billReceipt.subject(sale({ kind: 'bill', productName: 'PLN Pascabayar', details: { periode: '202604–202611', jumlahBulan: 8 } }));
    const periods = lines.filter((l) => l.type === 'field' && /Periode|^$/.test(l.label)).map((l) => (l.type === 'field' ? [l.label, l.value] : []));
    // The printer's text is plain ASCII: the en dash prints as "-".
    expect(periods).toEqual([['Periode (8 bln)', 'April 2026 - November 2026']]);
  });
});
