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

  it('keeps a day written in WIB on its own clock after the outlet moves to WITA: 23:50 stays in hour 23, never in hour 0', () => {
    f.ledger.setTimeZone('Asia/Makassar');
    // In WITA 23:50 WIB would be 00:50 of the next day: outside the sale's business day, so WITA is not the day's zone.
    expect(reportCharts(f.ledger, DAY).salesByHour.filter((h) => h.count > 0)).toEqual([
      { hour: 0, count: 1, gross: 12_000 },
      { hour: 8, count: 2, gross: 31_000 },
      { hour: 23, count: 1, gross: 20_000 },
    ]);
  });

  it("reads a day made in WITA on WITA's clock once the outlet is in WITA", () => {
    f.ledger.setTimeZone('Asia/Makassar');
    const WITA_DAY = '2026-11-26';
    // 00:20 WITA (16:20 UTC the day before) and 23:30 WITA (15:30 UTC): in WIB the first would fall on the 25th.
    insertSale(f.db, { day: WITA_DAY, createdAt: Date.parse('2026-11-25T16:20:00Z'), price: 10_000 });
    insertSale(f.db, { day: WITA_DAY, createdAt: Date.parse('2026-11-26T15:30:00Z'), price: 11_000 });
    expect(reportCharts(f.ledger, WITA_DAY).salesByHour.filter((h) => h.count > 0)).toEqual([
      { hour: 0, count: 1, gross: 10_000 },
      { hour: 23, count: 1, gross: 11_000 },
    ]);
  });

  it('a day on which the zone changed (no one zone holds all its sales) still puts every sale inside its day', () => {
    f.ledger.setTimeZone('Asia/Makassar');
    const CHANGED = '2026-11-27';
    // 00:05 WITA (16:05 UTC on the 26th; 23:05 of the 26th in WIB) and 23:50 WIB (16:50 UTC; 00:50 of the 28th in WITA).
    insertSale(f.db, { day: CHANGED, createdAt: Date.parse('2026-11-26T16:05:00Z'), price: 10_000 });
    insertSale(f.db, { day: CHANGED, createdAt: Date.parse('2026-11-27T16:50:00Z'), price: 11_000 });
    expect(reportCharts(f.ledger, CHANGED).salesByHour.filter((h) => h.count > 0)).toEqual([
      { hour: 0, count: 1, gross: 10_000 },
      { hour: 23, count: 1, gross: 11_000 },
    ]);
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

