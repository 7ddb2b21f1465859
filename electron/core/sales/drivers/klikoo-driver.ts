import { parseKlikooCallback, type KlikooClient } from '../../providers/klikoo';
import { rupiah } from '../../money';
import type { SaleDriver } from './driver';

/**
 * History scans (the only way to look for our reference, and undocumented as a lookup) that may find
 * nothing before the sale goes to the operator: Klikoo's silence never fails a sale on its own.
 */
export const KLIKOO_LOOKUPS_BEFORE_OPERATOR = 5;
/** Callback hints kept (partner_reference_id -> transaction_id); old ones are dropped first. */
const MAX_HINTS = 500;

/**
 * Klikoo's status is by ITS transaction_id (GET transactions/{id}); after a lost buy answer we only
 * have ours. The documented way back is the purchase callback, which names both: its transaction_id
 * is kept as a hint and checked by detail, whose answer must name our partner_reference_id (an
 * unsigned callback cannot point us at someone else's sale).
 */
export function klikooDriver(client: () => KlikooClient): SaleDriver {
  const hints = new Map<string, string>();
  return {
    send(sale, pay) {
      return client().buy({
        partnerReferenceId: sale.refId,
        productCode: sale.providerCode,
        customerNumber: sale.customerNo,
        amount: rupiah(pay ? Number(pay.amount) : sale.cost),
        sellingPrice: rupiah(sale.price),
      });
    },
    async check(sale) {
      const transactionId = sale.providerRef ?? hints.get(sale.refId);
      if (transactionId) return client().checkTransaction(transactionId, sale.refId);
      const outcome = await client().checkStatus({ partnerReferenceId: sale.refId, sentAt: sale.sentAt ?? sale.createdAt });
      if (outcome.listed === false && sale.checkCount + 1 >= KLIKOO_LOOKUPS_BEFORE_OPERATOR) return null;
      return outcome;
    },
    async inquireBill(input) {
      const result = await client().inquirePostpaid({ productCode: input.providerCode, customerNumber: input.customerNo, period: input.months });
      if (!result.ok) return result;
      const inq = result.value;
      return {
        ok: true,
        value: {
          customerName: inq.customerName || null,
          periods: [{ period: inq.period, amount: inq.billAmount, admin: inq.adminFee, penalty: 0 }],
          bill: inq.billAmount,
          admin: inq.adminFee,
          total: inq.total,
          cost: inq.amount,
          details: { periode: inq.period, produk: inq.productName },
          pay: { amount: inq.amount },
        },
      };
    },
    callbackRef(rawBody) {
      const parsed = parseKlikooCallback(rawBody);
      if (!parsed.ok) return null;
      if (parsed.transactionId) {
        hints.delete(parsed.partnerReferenceId);
        hints.set(parsed.partnerReferenceId, parsed.transactionId);
        if (hints.size > MAX_HINTS) hints.delete(hints.keys().next().value as string);
      }
      return parsed.partnerReferenceId;
    },
  };
}
