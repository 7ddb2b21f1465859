import { formatRupiah } from '../../money';
import type { SaleRecord } from '../../sales/sale-record';
import { field, text, type ReceiptLine } from '../receipt-model';
import { formatKwh, tokenGroups } from '../receipt-format';
import { detailText, serialParts } from '../sale-details';

import type { KindReceipt } from './kind-receipt';

/**
 * PLN prepaid token. IAK and Klikoo send the SN as `token/name/segment/power/kWh` (IAK's client
 * also splits it into details); Ayoconnect sends the bare 20 digits and the name on the sale.
 */
function tariff(sale: SaleRecord): string | null {
  const [, , segment, power] = serialParts(sale);
  const seg = detailText(sale, 'segment') ?? (segment || null);
  const rawPower = detailText(sale, 'power') ?? (power || null);
  const watts = rawPower && /^\d+$/.test(rawPower) ? `${Number(rawPower)} VA` : rawPower;
  if (seg && watts) return `${seg}/${watts}`;
  return seg ?? watts;
}

export const plnTokenReceipt: KindReceipt = {
  title: 'TOKEN LISTRIK PLN',
  subject: (sale) => {
    const name = detailText(sale, 'customerName') ?? sale.customerName ?? (serialParts(sale)[1] || null);
    const lines: ReceiptLine[] = [field('No. Meter', sale.customerNo)];
    if (name) lines.push(field('Nama', name));
    const tarif = tariff(sale);
    if (tarif) lines.push(field('Tarif/Daya', tarif));
    lines.push(field('Produk', sale.productName));
    return lines;
  },
  delivered: (sale) => {
    const kwh = detailText(sale, 'kwh') ?? (serialParts(sale)[4] || null);
    const raw = detailText(sale, 'token') ?? serialParts(sale)[0] ?? '';
    const groups = tokenGroups(raw);
    const lines: ReceiptLine[] = [];
    if (kwh) lines.push(field('Jumlah kWh', formatKwh(kwh)));
    lines.push(text('TOKEN', { align: 'center', bold: true }));
    // A token the SN did not let us split is still printed, as sent: the customer needs it.
    lines.push(groups ? { type: 'token', groups } : field('Token/SN', sale.serial ?? '-', true));
    return lines;
  },
  amounts: (sale) => [field('TOTAL BAYAR', formatRupiah(sale.price), true)],
};
