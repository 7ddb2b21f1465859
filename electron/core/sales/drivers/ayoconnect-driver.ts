import { parseAyoconnectCallback, type AyoconnectClient } from '../../providers/ayoconnect';
import { rupiah } from '../../money';
import type { SaleDriver } from './driver';

/** Ayoconnect pays against an inquiry; for prepaid products the inquiry is made just before paying. */
export function ayoconnectDriver(client: () => AyoconnectClient, callbackUrl: () => string | undefined): SaleDriver {
  return {
    async send(sale, pay) {
      let inquiry = pay;
      if (!inquiry) {
        const fresh = await client().inquire({ accountNumber: sale.customerNo, productCode: sale.providerCode });
        // No payment was sent: a refused inquiry is a failure before charging.
        if (!fresh.ok) return { status: 'failed', code: `inquiry:${fresh.code}`, message: fresh.message };
        inquiry = { inquiryId: fresh.value.inquiryId, amount: fresh.value.amount };
      }
      return client().pay({
        refNumber: sale.refId,
        inquiryId: Number(inquiry.inquiryId),
        accountNumber: sale.customerNo,
        productCode: sale.providerCode,
        amount: rupiah(Number(inquiry.amount)),
        month: inquiry.month === undefined ? undefined : Number(inquiry.month),
        callbackUrl: callbackUrl(),
      });
    },
    async check(sale) {
      const outcome = await client().checkStatus(sale.refId);
      // 188 "transaksi tidak tersedia": Ayoconnect has no record of our refNumber (yet).
      return outcome.status === 'unknown' && outcome.responseCode === 188 ? { ...outcome, reason: 'not_found' as const } : outcome;
    },
    async inquireBill(input) {
      const result = await client().inquire({ accountNumber: input.customerNo, productCode: input.providerCode, month: input.months });
      if (!result.ok) return result;
      const inq = result.value;
      // Without itemised bills, one line names every period Ayoconnect listed (not only the first).
      const lines = inq.bills.length > 0 ? inq.bills : [{ period: inq.periods.join(',') || '-', amount: inq.billTotal }];
      return {
        ok: true,
        value: {
          customerName: inq.customerName || null,
          periods: lines.map((line, i) => ({
            period: line.period ?? inq.periods[i] ?? '-',
            amount: line.amount,
            admin: i === 0 ? inq.admin : 0,
            penalty: 0,
          })),
          bill: inq.billTotal,
          admin: inq.admin,
          total: inq.amount,
          cost: inq.amount,
          details: Object.fromEntries([...inq.customerDetails, ...inq.productDetails].map((kv) => [kv.key, kv.value])),
          pay: { inquiryId: inq.inquiryId, amount: inq.amount, ...(input.months ? { month: input.months } : {}) },
        },
      };
    },
    callbackRef(rawBody) {
      const parsed = parseAyoconnectCallback(rawBody);
      return parsed.ok ? parsed.refNumber : null;
    },
  };
}
