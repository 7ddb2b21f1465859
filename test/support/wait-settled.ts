import { vi } from 'vitest';
import type { SaleRecord } from '../../electron/core/sales/sale-record';
import type { SalesFixture } from './sales-fixture';

/** Waits until the sale is settled (or, with `orOperator`, waiting for the operator's decision). */
export function waitSettled(t: SalesFixture, id: number, options: { orOperator?: boolean } = {}): Promise<SaleRecord> {
  return vi.waitFor(
    () => {
      const sale = t.sales.book.get(id);
      const done = sale.state === 'success' || sale.state === 'failed' || (options.orOperator === true && sale.needsOperator);
      if (!done) throw new Error(`sale ${id} still ${sale.state}`);
      return sale;
    },
    { timeout: 20_000, interval: 50 },
  );
}
