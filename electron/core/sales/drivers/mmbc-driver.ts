import type { MmbcClient } from '../../providers/mmbc';
import { wibIsoDate } from '../../providers/mmbc/time';
import type { SaleDriver } from './driver';

/**
 * MMBC has no client reference: only the invoice from isipulsa's answer identifies a top-up. When
 * that answer was lost there is nothing to ask, so `check` says so and the operator decides.
 * A flight ticket (kind 'flight') is issued and checked by its booking code instead.
 */
export function mmbcDriver(client: () => MmbcClient): SaleDriver {
  return {
    send: (sale) =>
      sale.kind === 'flight'
        ? client().issue(sale.providerCode)
        : client().topup({ productCode: sale.providerCode, destination: sale.customerNo, itrx: sale.itrx ?? 1 }),
    async check(sale) {
      // A ticket is asked about by its booking code (getstatusbooking), known since commit: a lost
      // issue answer is settled by the booking's status, never by issuing again.
      if (sale.kind === 'flight') return client().checkIssue(sale.providerCode);
      if (!sale.providerRef) return null;
      return client().checkTopup({ invoice: sale.providerRef, destination: sale.customerNo });
    },
  };
}

const DAY_MS = 86_400_000;

/**
 * MMBC's `itrx` is the nth top-up of a product to a number on MMBC's day, which is Jakarta's
 * (WIB), not the outlet's business day: an outlet in WITA/WIT passes midnight before MMBC does.
 * The window [from, to) of that day around `at`, for the sale repo to count in.
 */
export function mmbcItrxDay(at: number): { from: number; to: number } {
  const from = Date.parse(`${wibIsoDate(at)}T00:00:00+07:00`);
  return { from, to: from + DAY_MS };
}
