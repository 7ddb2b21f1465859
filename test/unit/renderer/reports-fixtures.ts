import type { ChannelOutput } from '../../../renderer/src/api/contract-types';

type Summary = ChannelOutput<'reports:summary'>;
type Totals = Summary['totals'];

export const zeroTotals: Totals = {
  count: 0,
  gross: 0,
  cost: 0,
  commission: 0,
  margin: 0,
  refundCount: 0,
  refundAmount: 0,
  refundsPaid: 0,
  pendingCount: 0,
  failedCount: 0,
};

/** A sale as the fake core keeps it: the business day it was made and what it brought in. */
export interface FakeSale {
  day: string;
  price: number;
  cost: number;
}

/** What a core would answer for these sales over a range (one category, one provider). */
export function summaryOf(sales: FakeSale[], from: string, to: string): Summary {
  const inRange = sales.filter((s) => from <= s.day && s.day <= to);
  const gross = inRange.reduce((sum, s) => sum + s.price, 0);
  const cost = inRange.reduce((sum, s) => sum + s.cost, 0);
  const totals: Totals = { ...zeroTotals, count: inRange.length, gross, cost, margin: gross - cost };
  return {
    from,
    to,
    totals,
    perDay: [],
    byCategory: inRange.length ? [{ ...totals, key: 'pulsa', label: 'Pulsa' }] : [],
    byProvider: inRange.length ? [{ ...totals, key: 'mmbc', label: 'MMBC' }] : [],
    byProduct: [],
    byCashier: [],
  };
}

export function chartsOf(day: string): ChannelOutput<'reports:charts'> {
  return {
    day,
    salesByHour: Array.from({ length: 24 }, (_, hour) => ({ hour, count: hour === 9 ? 2 : 0, gross: hour === 9 ? 25_000 : 0 })),
    marginByCategory: [{ category: 'pulsa', margin: 3_000 }],
    trend30: [{ day, count: 2, gross: 25_000, margin: 3_000 }],
  };
}

/** A promise the test settles by hand, to put answers in the order a slow network could. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
