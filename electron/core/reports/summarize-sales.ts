import type { z } from 'zod';
import type { reportSummaryView } from '../api/channels/reports';
import type { ProviderId } from '../domain/provider-id';
import type { SaleKind } from '../domain/sale-kind';
import type { Ledger } from '../ledger';
import { readBreakdowns, type BreakdownRow } from './breakdowns';
import { daysFrom } from './days';
import { CATEGORY_LABEL, NO_SHIFT_LABEL, PROVIDER_LABEL } from './labels';
import { addInto, isEmpty, withMargin, zeroSums, type Sums } from './totals';

export type ReportSummary = z.output<typeof reportSummaryView>;
export interface DayRange {
  from: string;
  to: string;
  /** Only this user's sales (null: those no signed-in user made); absent: everyone's. */
  userId?: number | null;
}

/**
 * Laporan's totals for a range of business days (the day each sale was made, both ends included),
 * with the same figures per day, category, provider, product and cashier; each breakdown adds up
 * to the totals. perDay lists every day of the range, zeros included. With `userId`, every figure
 * is of that user's sales only.
 */
export function summarizeSales(ledger: Ledger, range: DayRange): ReportSummary {
  const read = readBreakdowns(ledger.db, range.from, range.to, range.userId);
  const totals = zeroSums();
  for (const row of read.day.values()) addInto(totals, row.sums);
  const byShift = [...read.shift.values()].filter((row) => !isEmpty(row.sums));
  return {
    from: range.from,
    to: range.to,
    totals: withMargin(totals),
    perDay: daysFrom(range.from, range.to).map((day) => ({ key: day, label: day, ...withMargin(read.day.get(day)?.sums ?? zeroSums()) })),
    byCategory: rows(read.category.values(), (row) => [row.key as SaleKind, CATEGORY_LABEL[row.key as SaleKind] ?? row.key]),
    byProvider: rows(read.provider.values(), (row) => [row.key as ProviderId, PROVIDER_LABEL[row.key as ProviderId] ?? row.key]),
    byProduct: rows(read.product.values(), (row) => [row.key, row.name]),
    byCashier: rows(byCashier(ledger, byShift), (row) => [row.key, row.key]),
  };
}

/** Non-empty rows, largest gross first (then by key, so the order is stable). */
function rows<K extends string>(source: Iterable<BreakdownRow>, keyed: (row: BreakdownRow) => [K, string]) {
  return [...source]
    .filter((row) => !isEmpty(row.sums))
    .sort((a, b) => b.sums.gross - a.sums.gross || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((row) => {
      const [key, label] = keyed(row);
      return { key, label, ...withMargin(row.sums) };
    });
}

/** Shifts merged by their cashier's name; sales outside any shift under "Tanpa shift". */
function byCashier(ledger: Ledger, shifts: readonly BreakdownRow[]): BreakdownRow[] {
  const ids = shifts.map((row) => Number(row.key)).filter((id) => id !== 0);
  const names = new Map<number, string>();
  if (ids.length > 0) {
    const found = ledger.db.prepare(`SELECT id, cashier FROM shift WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as { id: number; cashier: string }[];
    for (const { id, cashier } of found) names.set(id, cashier);
  }
  const cashiers = new Map<string, BreakdownRow>();
  for (const row of shifts) {
    const name = names.get(Number(row.key)) ?? NO_SHIFT_LABEL;
    const merged = cashiers.get(name) ?? { key: name, name, sums: zeroSums() as Sums };
    addInto(merged.sums, row.sums);
    cashiers.set(name, merged);
  }
  return [...cashiers.values()];
}
