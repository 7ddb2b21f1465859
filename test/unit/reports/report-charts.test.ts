import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportCharts, summarizeSales } from '../../../electron/core/reports';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { insertSale } from './sale-rows';

/** Laporan's charts: hours on the outlet's clock, the day's margin per category, 30 days with zeros. */
let f: LedgerFixture;
beforeEach(async () => {
  f = await openTestLedger();
});
afterEach(() => f.close());

const DAY = '2026-11-24';
// 00:10 WIB on the 24th is still the 23rd in UTC; 23:50 WIB is 16:50 UTC.
const sales = [
  { createdAt: Date.parse('2026-11-23T17:10:00Z'), price: 12_000, cost: 10_800 },
  { createdAt: Date.parse('2026-11-24T01:30:00Z'), price: 25_000, cost: 24_000, kind: 'data', productId: 'data:xl' },
  { createdAt: Date.parse('2026-11-24T01:45:00Z'), price: 6_000, cost: 5_500 },
  { createdAt: Date.parse('2026-11-24T16:50:00Z'), price: 20_000, cost: 19_500, kind: 'pln_token', productId: 'pln:20' },
];

describe('reportCharts', () => {
  beforeEach(() => {
    for (const sale of sales) insertSale(f.db, { day: DAY, ...sale });
    insertSale(f.db, { day: DAY, state: 'failed', refund: 'due', createdAt: Date.parse('2026-11-24T05:00:00Z') });
    insertSale(f.db, { day: '2026-10-26', price: 3_000, cost: 2_000 });
    insertSale(f.db, { day: '2026-10-25', price: 99_000, cost: 1_000 });
  });

  it("puts each successful sale in its hour on the outlet's clock, all 24 hours listed", () => {
    const { salesByHour } = reportCharts(f.ledger, DAY);
    expect(salesByHour.map((h) => h.hour)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(salesByHour.filter((h) => h.count > 0)).toEqual([
      { hour: 0, count: 1, gross: 12_000 },
      { hour: 8, count: 2, gross: 31_000 },
      { hour: 23, count: 1, gross: 20_000 },
    ]);
  });

  it("follows the outlet's zone: the same sales an hour later in WITA", () => {
    f.ledger.setTimeZone('Asia/Makassar');
    expect(reportCharts(f.ledger, DAY).salesByHour.filter((h) => h.count > 0).map((h) => h.hour)).toEqual([0, 1, 9]);
  });

  it("the day's margin per category agrees with the summary; the 30-day trend lists every day, zeros included", () => {
    const charts = reportCharts(f.ledger, DAY);
    const summary = summarizeSales(f.ledger, { from: DAY, to: DAY });
    const summaryMargin = new Map(summary.byCategory.map((row) => [row.key, row.margin]));
    expect(charts.marginByCategory.map((row) => [row.category, row.margin])).toEqual(charts.marginByCategory.map((row) => [row.category, summaryMargin.get(row.category)]));
    expect(charts.marginByCategory).toHaveLength(summary.byCategory.length);
    expect(charts.marginByCategory).toEqual([
      { category: 'pulsa', margin: 1_700 },
      { category: 'data', margin: 1_000 },
      { category: 'pln_token', margin: 500 },
    ]);
    expect(charts.trend30).toHaveLength(30);
    expect(charts.trend30[0]).toEqual({ day: '2026-10-26', count: 1, gross: 3_000, margin: 1_000 });
    expect(charts.trend30[1]).toEqual({ day: '2026-10-27', count: 0, gross: 0, margin: 0 });
    expect(charts.trend30[29]).toEqual({ day: DAY, count: 4, gross: 63_000, margin: 3_200 });
  });
});

