import { formatRupiah } from '../../money';
import { field } from '../receipt-model';
import { detailText } from '../sale-details';
import type { KindReceipt } from './kind-receipt';

/** E-wallet top-up: the account (phone number) and the holder's name when the provider gave one. */
export const ewalletReceipt: KindReceipt = {
  title: 'ISI SALDO E-WALLET',
  subject: (sale) => {
    const name = sale.customerName ?? detailText(sale, 'customerName', 'Nama Pelanggan');
    return [field('No. Akun', sale.customerNo), ...(name ? [field('Nama', name)] : []), field('Produk', sale.productName)];
  },
  delivered: (sale) => (sale.serial ? [field('SN', sale.serial)] : []),
  amounts: (sale) => [field('TOTAL BAYAR', formatRupiah(sale.price), true)],
};
