import type { z } from 'zod';
import type { salesTotals } from '../api/channels/reports';
import type { ProviderId } from '../domain/provider-id';
import type { SaleKind } from '../domain/sale-kind';

export type SalesTotals = z.output<typeof salesTotals>;
/** The summed figures; margin is derived from them (gross - cost + commission), never summed. */
export type Sums = Omit<SalesTotals, 'margin'>;

/** Where one sale's figures go in every breakdown. */
export interface SaleKey {
  day: string;
  kind: SaleKind;
  provider: ProviderId;
  productId: string;
  productName: string;
  shiftId: number | null;
}

/** Figures of one sale read from the ledger (late-success money, commission), added on top of the day totals. */
export interface SaleShare {
  sale: SaleKey;
  sums: Partial<Sums>;
}

export const SUM_FIELDS = [
  'count', 'gross', 'cost', 'commission', 'refundCount', 'refundAmount', 'refundsPaid', 'pendingCount', 'failedCount',
] as const satisfies readonly (keyof Sums)[];

export function zeroSums(): Sums {
  return { count: 0, gross: 0, cost: 0, commission: 0, refundCount: 0, refundAmount: 0, refundsPaid: 0, pendingCount: 0, failedCount: 0 };
}

export function addInto(target: Sums, source: Partial<Sums>): void {
  for (const field of SUM_FIELDS) target[field] += source[field] ?? 0;
}

export function withMargin(sums: Sums): SalesTotals {
  const { count, gross, cost, commission, refundCount, refundAmount, refundsPaid, pendingCount, failedCount } = sums;
  return { count, gross, cost, commission, margin: gross - cost + commission, refundCount, refundAmount, refundsPaid, pendingCount, failedCount };
}

export function isEmpty(sums: Sums): boolean {
  return SUM_FIELDS.every((field) => sums[field] === 0);
}
