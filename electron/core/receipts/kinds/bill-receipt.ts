import { formatRupiah } from '../../money';
import type { SaleRecord } from '../../sales/sale-record';
import { field, type ReceiptLine } from '../receipt-model';
import { periodNames } from '../receipt-format';
import { detailAmount, detailText, serialParts } from '../sale-details';
import type { KindReceipt } from './kind-receipt';

/**
 * A postpaid bill. The sale's details hold the inquiry the customer agreed to (SaleEngine.payBill:
 * tagihan, admin, total) plus each provider's own keys: IAK `periode` "202603,202610" and
 * `desc.tarif`/`desc.daya`, Ayoconnect `periods` "Agu 2026, Sep 2026" and "Total Tarif/Daya",
 * Klikoo `periode` "202610".
 */
function tariff(sale: SaleRecord): string | null {
  const seg = detailText(sale, 'desc.tarif');
  const power = detailText(sale, 'desc.daya');
  if (seg && power) return `${seg}/${power} VA`;
  const combined = detailText(sale, 'Total Tarif/Daya');
  return combined ? combined.replace(/\/0*(\d+)VA$/i, '/$1 VA') : null;
}

export const billReceipt: KindReceipt = {
  title: 'PEMBAYARAN TAGIHAN',
  subject: (sale) => {
    const lines: ReceiptLine[] = [field('Layanan', sale.productName), field('No. Pelanggan', sale.customerNo)];
    const name = sale.customerName ?? detailText(sale, 'customerName', 'Nama Pelanggan');
    if (name) lines.push(field('Nama', name));
    const tarif = tariff(sale);
    if (tarif) lines.push(field('Tarif/Daya', tarif));
    const periods = periodNames(detailText(sale, 'periode', 'periods', 'period', 'BL/TH') ?? '');
    // A range ("April 2026 – November 2026") is one row of many months: the count is the core's jumlahBulan.
    const months = detailAmount(sale, 'jumlahBulan') ?? periods.length;
    // One period per row: the first beside its label, the others under it (right-aligned like any value).
    periods.forEach((period, i) => {
      const label = i > 0 ? '' : months > 1 ? `Periode (${months} bln)` : 'Periode';
      lines.push(field(label, period));
    });
    return lines;
  },
  delivered: (sale) => {
    const reference = serialParts(sale)[0];
    return reference ? [field('Ref. Biller', reference)] : [];
  },
  amounts: (sale) => {
    const bill = detailAmount(sale, 'tagihan');
    const admin = detailAmount(sale, 'admin');
    const total = detailAmount(sale, 'total');
    const lines: ReceiptLine[] = [];
    if (bill !== null) lines.push(field('Tagihan', formatRupiah(bill)));
    if (admin !== null) lines.push(field('Admin', formatRupiah(admin)));
    // The outlet's own fee on top of the biller's total (catalogue markup), shown, never hidden in admin.
    if (total !== null && sale.price > total) lines.push(field('Biaya Loket', formatRupiah(sale.price - total)));
    lines.push(field('TOTAL BAYAR', formatRupiah(sale.price), true));
    return lines;
  },
};
