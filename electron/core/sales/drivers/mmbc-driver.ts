import type { MmbcClient } from '../../providers/mmbc';
import type { SaleDriver } from './driver';

/**
 * MMBC has no client reference: only the invoice from isipulsa's answer identifies a top-up. When
 * that answer was lost there is nothing to ask, so `check` says so and the operator decides.
 */
export function mmbcDriver(client: () => MmbcClient): SaleDriver {
  return {
    send: (sale) => client().topup({ productCode: sale.providerCode, destination: sale.customerNo, itrx: sale.itrx ?? 1 }),
    async check(sale) {
      if (!sale.providerRef) return null;
      return client().checkTopup({ invoice: sale.providerRef, destination: sale.customerNo });
    },
  };
}
