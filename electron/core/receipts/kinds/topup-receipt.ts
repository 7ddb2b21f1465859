import { formatRupiah } from '../../money';
import type { SaleRecord } from '../../sales/sale-record';
import { field } from '../receipt-model';
import type { KindReceipt } from './kind-receipt';

const paid = (sale: SaleRecord) => [field('TOTAL BAYAR', formatRupiah(sale.price), true)];

/** Pulsa and data: the number, the product and the SN the operator gave. */
export function topupReceipt(kind: 'pulsa' | 'data'): KindReceipt {
  return {
    title: kind === 'pulsa' ? 'PEMBELIAN PULSA' : 'PEMBELIAN PAKET DATA',
    subject: (sale) => [field('Nomor HP', sale.customerNo), field('Produk', sale.productName)],
    delivered: (sale) => (sale.serial ? [field('SN', sale.serial)] : []),
    amounts: paid,
  };
}
