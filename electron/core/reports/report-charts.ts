import type { z } from 'zod';
import type { reportChartsView } from '../api/channels/reports';
import { timeZones } from '../clock/business-day';
import { saleKinds } from '../domain/sale-kind';
import type { Ledger } from '../ledger';
import { readBreakdowns } from './breakdowns';
import { addDays, daysFrom } from './days';
import { statement } from './statements';
import { isEmpty, zeroSums } from './totals';

export type ReportCharts = z.output<typeof reportChartsView>;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The sales the hour chart counts: successful ones, not a refused attempt that was rerouted. */
const HOUR_SALES = "state = 'success' AND rerouted_to IS NULL";

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
    marginByCategory: saleKinds
      .map((kind) => ({ kind, sums: category.get(kind)?.sums }))
      .filter((row): row is { kind: (typeof saleKinds)[number]; sums: NonNullable<typeof row.sums> } => row.sums !== undefined && !isEmpty(row.sums))
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
 *
 * The zone in force when a row was written is not stored, and the outlet may have moved zones
 * since: its business_day was taken on that older clock. So an hour is never allowed to fall
 * outside the sale's own business day. The day's zone is the current one when it puts every sale
 * of the day inside the day, else the nearest zone that does (a day written before the move reads
 * on its own clock: 23:50 WIB stays in hour 23, not 00:50 WITA). A day no single zone holds (the
 * move happened that day) is read per sale with the same preference; a sale no zone puts inside
 * its day (the clock was set back) goes to the first or last hour. A day every zone holds reads
 * on the current zone (nothing in the rows tells otherwise).
 */
function salesByHour(ledger: Ledger, day: string): ReportCharts['salesByHour'] {
  const dayStart = Date.parse(`${day}T00:00:00Z`);
  const first = statement(ledger.db, `SELECT MIN(created_at) AS earliest, MAX(created_at) AS latest FROM sale WHERE business_day = ? AND ${HOUR_SALES}`).get(day) as {
    earliest: number | null;
    latest: number | null;
  };
  if (first.earliest === null || first.latest === null) return Array.from({ length: 24 }, (_, hour) => ({ hour, count: 0, gross: 0 }));
  const { earliest, latest } = first as { earliest: number; latest: number };
  const current = timeZones[ledger.timeZone].offsetHours * HOUR_MS;
  const byNearness = Object.values(timeZones)
    .map((zone) => zone.offsetHours * HOUR_MS)
    .sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
  const inDay = (at: number, offset: number) => at + offset >= dayStart && at + offset < dayStart + DAY_MS;
  const dayZone = byNearness.find((offset) => inDay(earliest, offset) && inDay(latest, offset));
  const order = dayZone === undefined ? byNearness : [dayZone, ...byNearness.filter((o) => o !== dayZone)];
  // Per row: the first offset of `order` that puts it inside the day; none: clamped on the first one.
  // CAST: a JS number beyond 32 bits is bound as a REAL, which would make the division fractional.
  const local = (i: number) => `(created_at + CAST(@o${i} AS INTEGER) - CAST(@dayStart AS INTEGER))`;
  const fits = (i: number) => `${local(i)} >= 0 AND ${local(i)} < ${DAY_MS}`;
  const rows = statement(
    ledger.db,
    `SELECT CASE WHEN ${fits(0)} THEN ${local(0)} / ${HOUR_MS}
                 WHEN ${fits(1)} THEN ${local(1)} / ${HOUR_MS}
                 WHEN ${fits(2)} THEN ${local(2)} / ${HOUR_MS}
                 WHEN ${local(0)} < 0 THEN 0 ELSE 23 END AS hour,
            COUNT(*) AS count, SUM(price) AS gross
       FROM sale WHERE business_day = @day AND ${HOUR_SALES} GROUP BY hour`,
  ).all({ day, dayStart, o0: order[0], o1: order[1], o2: order[2] }) as { hour: number; count: number; gross: number }[];
  const byHour = new Map(rows.map((row) => [row.hour, row]));
  return Array.from({ length: 24 }, (_, hour) => ({ hour, count: byHour.get(hour)?.count ?? 0, gross: byHour.get(hour)?.gross ?? 0 }));
}
