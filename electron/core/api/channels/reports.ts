import { z } from 'zod';
import { businessDaySchema, isCalendarDate, providerIdSchema, rupiahSchema } from '../schemas';
import { saleKindSchema, saleStateSchema, userFilterSchema } from './sales';

/**
 * Laporan: everything is by business day (the day a sale was made, in the outlet's zone). A range is
 * inclusive on both ends and at most 366 days. Money is integer rupiah; margin = gross - cost +
 * commission, where cost is what the provider charged (its reported cost when it gave one).
 */
export const dayRangeSchema = withRangeRules(z.object({ from: businessDaySchema, to: businessDaySchema }).strict());

/**
 * A range of one user's sales (`userId`; null: the sales no signed-in user made; absent: everyone),
 * for the reports that can filter by who sold.
 */
export const userDayRangeSchema = withRangeRules(
  z.object({ from: businessDaySchema, to: businessDaySchema, userId: userFilterSchema }).strict(),
);

function withRangeRules<T extends z.ZodType<{ from: string; to: string }>>(range: T) {
  return (
    range
      // A date already refused above says so alone: no second complaint about an order it cannot have.
      .refine((r) => !realDays(r) || r.from <= r.to, 'Tanggal awal harus sebelum atau sama dengan tanggal akhir.')
      .refine((r) => !realDays(r) || daysBetween(r.from, r.to) < 366, 'Rentang laporan maksimal 366 hari.')
  );
}

function realDays(r: { from: string; to: string }): boolean {
  return [r.from, r.to].every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && isCalendarDate(day));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** One line of totals; every breakdown uses the same shape. */
export const salesTotals = z.object({
  /** Settled successfully. */
  count: z.number().int(),
  gross: rupiahSchema,
  cost: rupiahSchema,
  commission: rupiahSchema,
  margin: rupiahSchema,
  /** Failed sales whose money goes back to the customer: owed (due) + paid. */
  refundCount: z.number().int(),
  refundAmount: rupiahSchema,
  refundsPaid: rupiahSchema,
  pendingCount: z.number().int(),
  failedCount: z.number().int(),
});

const breakdownRow = <K extends z.ZodTypeAny>(key: K) => salesTotals.extend({ key, label: z.string() });

export const reportSummaryView = z.object({
  from: businessDaySchema,
  to: businessDaySchema,
  totals: salesTotals,
  perDay: z.array(breakdownRow(businessDaySchema)),
  byCategory: z.array(breakdownRow(saleKindSchema)),
  byProvider: z.array(breakdownRow(providerIdSchema)),
  byProduct: z.array(breakdownRow(z.string())),
  /** By the cashier of the shift the sale was made in ("Tanpa shift" for sales before shifts existed). */
  byCashier: z.array(breakdownRow(z.string())),
});

const depositMovement = z.object({
  entryId: z.number().int(),
  at: z.number().int(),
  businessDay: businessDaySchema,
  kind: z.string(),
  memo: z.string(),
  amount: rupiahSchema,
  balanceBefore: rupiahSchema,
  balanceAfter: rupiahSchema,
});

export const depositMovementsView = z.object({
  from: businessDaySchema,
  to: businessDaySchema,
  providers: z.array(
    z.object({
      provider: providerIdSchema,
      openingBalance: rupiahSchema,
      closingBalance: rupiahSchema,
      movements: z.array(depositMovement),
      /** The provider's own balance as read in the range (newest last), beside the ledger's at that moment. */
      reportedBalances: z.array(z.object({ at: z.number().int(), reported: rupiahSchema, ledger: rupiahSchema, difference: rupiahSchema })),
    }),
  ),
});

export const cashMovementsView = z.object({
  from: businessDaySchema,
  to: businessDaySchema,
  openingBalance: rupiahSchema,
  closingBalance: rupiahSchema,
  movements: z.array(depositMovement.omit({ balanceBefore: true }).extend({ balanceAfter: rupiahSchema })),
});

export const reportChartsView = z.object({
  day: businessDaySchema,
  /** 24 buckets, hour 0-23 in the outlet's zone. */
  salesByHour: z.array(z.object({ hour: z.number().int(), count: z.number().int(), gross: rupiahSchema })),
  marginByCategory: z.array(z.object({ category: saleKindSchema, margin: rupiahSchema })),
  /** The 30 business days ending on `day`, oldest first, every day present (zeros included). */
  trend30: z.array(z.object({ day: businessDaySchema, count: z.number().int(), gross: rupiahSchema, margin: rupiahSchema })),
});

const lastSale = z.object({
  id: z.number().int(),
  productName: z.string(),
  customerNo: z.string(),
  price: rupiahSchema,
  state: saleStateSchema,
  createdAt: z.number().int(),
});

export const reportChannels = {
  /** The cashier's Home: today only, small and fast (never grows with history). */
  'reports:today': {
    input: z.object({}).strict(),
    output: z.object({
      day: businessDaySchema,
      count: z.number().int(),
      gross: rupiahSchema,
      pendingCount: z.number().int(),
      drawer: rupiahSchema,
      lastSales: z.array(lastSale),
    }),
  },
  /** With `userId`: only that user's sales (summed from the sale rows, see reports/user-totals.ts). */
  'reports:summary': { input: userDayRangeSchema, output: reportSummaryView },
  'reports:depositMovements': { input: dayRangeSchema, output: depositMovementsView },
  'reports:cashMovements': { input: dayRangeSchema, output: cashMovementsView },
  'reports:charts': { input: z.object({ day: businessDaySchema }).strict(), output: reportChartsView },
} as const;
