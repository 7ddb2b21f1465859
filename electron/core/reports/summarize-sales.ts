import type { z } from 'zod';
import type { reportSummaryView } from '../api/channels/reports';
import type { Ledger } from '../ledger';
import { daysFrom } from './days';
import { CATEGORY_LABEL, NO_SHIFT_LABEL, PROVIDER_LABEL } from './labels';
import { readSaleGroups } from './sale-groups';
import { addInto, isEmpty, withMargin, zeroSums, type SaleGroup, type Sums } from './totals';

export type ReportSummary = z.output<typeof reportSummaryView>;
type Range = { from: string; to: string };

/**
 * Laporan's totals for a range of business days (the day each sale was made, both ends included),
 * with the same totals per day, category, provider, product and cashier. Every breakdown adds up to
 * the totals. perDay lists every day of the range, zeros included.
 */
export function summarizeSales(ledger: Ledger, range: Range): ReportSummary {
  const groups = [...readSaleGroups(ledger.db, range.from, range.to).values()].filter((g) => !isEmpty(g));
  const cashiers = cashierNames(ledger, groups);
  const totals = zeroSums();
  for (const group of groups) addInto(totals, group);
  const perDay = breakdown(groups, (g) => g.day, (day) => day);
  return {
    from: range.from,
    to: range.to,
    totals: withMargin(totals),
    perDay: daysFrom(range.from, range.to).map((day) => perDay.find((row) => row.key === day) ?? { key: day, label: day, ...withMargin(zeroSums()) }),
    byCategory: breakdown(groups, (g) => g.kind, (kind) => CATEGORY_LABEL[kind]),
    byProvider: breakdown(groups, (g) => g.provider, (provider) => PROVIDER_LABEL[provider]),
    byProduct: breakdown(groups, (g) => g.productId, (_id, g) => g.productName),
    byCashier: breakdown(groups, (g) => cashiers.get(g.shiftId) ?? NO_SHIFT_LABEL, (name) => name),
  };
}

/** Rows summed by `keyOf`, largest gross first (then by key, so the order is stable). */
function breakdown<K extends string>(groups: readonly SaleGroup[], keyOf: (g: SaleGroup) => K, labelOf: (key: K, g: SaleGroup) => string) {
  const rows = new Map<K, { key: K; label: string; sums: Sums }>();
  for (const group of groups) {
    const key = keyOf(group);
    const row = rows.get(key) ?? { key, label: labelOf(key, group), sums: zeroSums() };
    addInto(row.sums, group);
    rows.set(key, row);
  }
  return [...rows.values()]
    .sort((a, b) => b.sums.gross - a.sums.gross || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, label, sums }) => ({ key, label, ...withMargin(sums) }));
}

/** The cashier of each shift the groups name (one read of those shifts). */
function cashierNames(ledger: Ledger, groups: readonly SaleGroup[]): Map<number | null, string> {
  const ids = [...new Set(groups.map((g) => g.shiftId).filter((id): id is number => id !== null))];
  const names = new Map<number | null, string>();
  if (ids.length === 0) return names;
  const rows = ledger.db.prepare(`SELECT id, cashier FROM shift WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as { id: number; cashier: string }[];
  for (const row of rows) names.set(row.id, row.cashier);
  return names;
}
