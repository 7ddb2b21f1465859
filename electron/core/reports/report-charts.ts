import type { z } from 'zod';
import type { reportChartsView } from '../api/channels/reports';
import { timeZones } from '../clock/business-day';
import { productCategories } from '../domain/product-category';
import type { Ledger } from '../ledger';
import { readBreakdowns } from './breakdowns';
import { addDays, daysFrom } from './days';
import { statement } from './statements';
import { isEmpty, zeroSums } from './totals';

export type ReportCharts = z.output<typeof reportChartsView>;

const HOUR_MS = 3_600_000;

/**
 * Laporan's charts for one business day: successful sales per hour of the outlet's clock (all 24
 * hours), the day's margin per category (the same figures as the summary) and the 30 days ending
 * on it, every day present.
 */
export function reportCharts(ledger: Ledger, day: string): ReportCharts {
  const category = readBreakdowns(ledger.db, day, day).category;
  const trend = readBreakdowns(ledger.db, addDays(day, -29), day).day;
  return {
    day,
    salesByHour: salesByHour(ledger, day),
    marginByCategory: productCategories
      .map((kind) => ({ kind, sums: category.get(kind)?.sums }))
      .filter((row): row is { kind: (typeof productCategories)[number]; sums: NonNullable<typeof row.sums> } => row.sums !== undefined && !isEmpty(row.sums))
      .map(({ kind, sums }) => ({ category: kind, margin: sums.gross - sums.cost + sums.commission })),
    trend30: daysFrom(addDays(day, -29), day).map((d) => {
      const sums = trend.get(d)?.sums ?? zeroSums();
      return { day: d, count: sums.count, gross: sums.gross, margin: sums.gross - sums.cost + sums.commission };
    }),
  };
}

/**
 * The hour each successful sale was made, on the outlet's clock (a fixed offset: Indonesia has no
 * daylight saving). A rerouted refused attempt is not a sale.
 */
function salesByHour(ledger: Ledger, day: string): ReportCharts['salesByHour'] {
  const offset = timeZones[ledger.timeZone].offsetHours * HOUR_MS;
  const rows = statement(
    ledger.db,
    `SELECT ((created_at + ?) / ${HOUR_MS}) % 24 AS hour, COUNT(*) AS count, SUM(price) AS gross
       FROM sale WHERE business_day = ? AND state = 'success' AND rerouted_to IS NULL GROUP BY hour`,
  ).all(offset, day) as { hour: number; count: number; gross: number }[];
  const byHour = new Map(rows.map((row) => [row.hour, row]));
  return Array.from({ length: 24 }, (_, hour) => ({ hour, count: byHour.get(hour)?.count ?? 0, gross: byHour.get(hour)?.gross ?? 0 }));
}
