import { parseKlikooCallback, type KlikooClient } from '../../providers/klikoo';
import { KLIKOO_NOT_LISTED_NOTE, type KlikooStatus } from '../../providers/klikoo/client/create-client';
import { rupiah } from '../../money';
import type { SaleRecord } from '../sale-record';
import type { SaleDriver } from './driver';

/**
 * History scans (the only way to look for our reference, and undocumented as a lookup) that may find
 * nothing before the sale goes to the operator: Klikoo's silence never fails a sale on its own.
 * Only scans that GOT an answer count: a check that timed out or reached nobody is no scan.
 */
export const KLIKOO_LOOKUPS_BEFORE_OPERATOR = 5;
/** Callback hints kept (partner_reference_id -> transaction_id); old ones are dropped first. */
const MAX_HINTS = 500;

/** The sale's recorded events (append-only, so the count of earlier scans survives a restart). */
export type SaleHistory = (saleId: number) => readonly { detail: string }[];

/**
 * Klikoo's status is by ITS transaction_id (GET transactions/{id}); after a lost buy answer we only
 * have ours. The documented way back is the purchase callback, which names both: its transaction_id
 * is kept as a hint and checked by detail, whose answer must name our partner_reference_id (an
 * unsigned callback cannot point us at someone else's sale). A hint Klikoo says is not ours is
 * dropped and the history is scanned instead.
 *
 * The empty scans so far are counted from the sale's events (each one recorded with
 * KLIKOO_NOT_LISTED_NOTE). Without `history` (a driver built alone) no earlier scan is known, so the
 * sale is never handed to the operator early.
 */
export function klikooDriver(client: () => KlikooClient, history: SaleHistory = () => []): SaleDriver {
  const hints = new Map<string, string>();

  async function scanHistory(sale: SaleRecord): Promise<KlikooStatus | null> {
    const outcome = await client().checkStatus({ partnerReferenceId: sale.refId, sentAt: sale.sentAt ?? sale.createdAt });
    if (outcome.listed !== false) return outcome;
    const scans = history(sale.id).filter((e) => e.detail.includes(KLIKOO_NOT_LISTED_NOTE)).length + 1;
    if (scans >= KLIKOO_LOOKUPS_BEFORE_OPERATOR) return null;
    return { ...outcome, message: `${outcome.message} Pencarian ke-${scans} dari ${KLIKOO_LOOKUPS_BEFORE_OPERATOR}.` };
  }

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
      if (!transactionId) return scanHistory(sale);
      const detail = await client().checkTransaction(transactionId, sale.refId);
      if (!detail.notOurs) return detail;
      // Not our sale (a bad callback hint, or a providerRef an older version took from one): drop it
      // and look for our reference in the history instead.
      if (hints.get(sale.refId) === transactionId) hints.delete(sale.refId);
      const scanned = await scanHistory(sale);
      if (scanned?.status !== 'unknown') return scanned;
      return { ...scanned, message: `${scanned.message} Petunjuk transaksi ${transactionId} diabaikan: ${detail.message}` };
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
