import type { IakClient } from '../../providers/iak';
import type { SaleDriver } from './driver';

export function iakDriver(client: () => IakClient): SaleDriver {
  return {
    send(sale, pay) {
      if (sale.kind === 'bill') return client().postpaidPay({ trId: String(pay?.trId ?? ''), refId: sale.refId });
      return client().topUp({ refId: sale.refId, productCode: sale.providerCode, customerId: sale.customerNo });
    },
    async check(sale) {
      const outcome =
        sale.kind === 'bill'
          ? await client().postpaidCheckStatus(sale.refId)
          : await client().checkStatus(sale.refId, { productCode: sale.providerCode, customerId: sale.customerNo });
      // 06 TRANSACTION NOT FOUND / 42 PAYMENT NOT RECEIVED: IAK has no record of our ref_id (yet).
      const notFound = outcome.status === 'unknown' && (outcome.providerCode === '06' || (sale.kind === 'bill' && outcome.providerCode === '42'));
      return notFound ? { ...outcome, reason: 'not_found' as const } : outcome;
    },
    async inquireBill(input) {
      const result = await client().postpaidInquiry({
        refId: input.refId,
        code: input.providerCode,
        customerNumber: input.customerNo,
        month: input.months,
      });
      if (!result.ok) return result;
      const bill = result.value;
      return {
        ok: true,
        value: {
          customerName: bill.customerName || null,
          // One line per month when IAK itemised them; else one line for the whole bill (a range, never "first,last").
          periods: bill.lines.length > 0 ? bill.lines : [{ period: bill.periodText, amount: bill.nominal, admin: bill.admin, penalty: 0 }],
          bill: bill.nominal,
          admin: bill.admin,
          total: bill.price,
          cost: bill.sellingPrice,
          details: { periode: bill.periodText, ...(bill.monthCount > 1 ? { jumlahBulan: bill.monthCount } : {}), pesan: bill.message },
          pay: { trId: bill.trId },
        },
      };
    },
    callbackRef(rawBody) {
      try {
        const verified = client().verifyCallback(JSON.parse(rawBody));
        return verified.ok ? verified.refId : null;
      } catch {
        return null;
      }
    },
  };
}
