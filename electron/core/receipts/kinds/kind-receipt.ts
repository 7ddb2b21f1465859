import type { SaleRecord } from '../../sales/sale-record';
import type { ReceiptLine } from '../receipt-model';

/**
 * What one sale kind contributes to its receipt. The assembly (header, meta, slips, duplicate
 * mark, footer, QR) is shared in build-receipt.ts; each kind only knows its own fields.
 */
export interface KindReceipt {
  /** Title of the final receipt, e.g. "PEMBELIAN PULSA". */
  title: string;
  /** Who and what: number/meter/account, product, name, periods. Also on the pending and refund slips. */
  subject(sale: SaleRecord): ReceiptLine[];
  /** What the provider delivered (SN, token, biller reference): only on the final receipt. */
  delivered(sale: SaleRecord): ReceiptLine[];
  /** The money lines; the last one is what the customer paid. */
  amounts(sale: SaleRecord): ReceiptLine[];
}
