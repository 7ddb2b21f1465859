import { parseKlikooCallback, type KlikooClient } from '../../providers/klikoo';
import { rupiah } from '../../money';
import type { SaleDriver } from './driver';

export function klikooDriver(client: () => KlikooClient): SaleDriver {
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
    check: (sale) => client().checkStatus({ partnerReferenceId: sale.refId, transactionId: sale.providerRef ?? undefined }),
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
      return parsed.ok ? parsed.partnerReferenceId : null;
    },
  };
}
