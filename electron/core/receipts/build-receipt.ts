import type { OutletTimeZone } from '../clock/business-day';
import { AppError } from '../errors/app-error';
import { formatRupiah } from '../money';
import type { SaleKind, SaleRecord } from '../sales/sale-record';
import { billReceipt } from './kinds/bill-receipt';
import { ewalletReceipt } from './kinds/ewallet-receipt';
import { flightReceipt } from './kinds/flight-receipt';
import type { KindReceipt } from './kinds/kind-receipt';
import { plnTokenReceipt } from './kinds/pln-token-receipt';
import { topupReceipt } from './kinds/topup-receipt';
import type { OutletSettings } from './outlet-settings';
import { field, rule, text, title, type Receipt, type ReceiptCopy, type ReceiptLine, type SlipKind } from './receipt-model';
import { formatReceiptTime } from './receipt-format';

export interface ReceiptContext {
  outlet: OutletSettings;
  /** The ledger's zone: receipt times read as the outlet's own clock. */
  timeZone: OutletTimeZone;
  copy: ReceiptCopy;
}

const KINDS: Record<SaleKind, KindReceipt> = {
  pulsa: topupReceipt('pulsa'),
  data: topupReceipt('data'),
  ewallet: ewalletReceipt,
  pln_token: plnTokenReceipt,
  bill: billReceipt,
  flight: flightReceipt,
};

/** Which slip a sale gets in its current state; a failed attempt whose money went on to a next attempt has none. */
export function slipFor(sale: SaleRecord): SlipKind {
  if (sale.state === 'success') return 'receipt';
  if (sale.state === 'failed') {
    if (sale.refund !== 'none') return 'refund';
    throw new AppError('conflict', 'Transaksi gagal ini tidak punya struk: uang pelanggan dipakai percobaan berikutnya. Cetak struk transaksi terakhirnya dari Riwayat.');
  }
  return 'pending';
}

/**
 * The receipt of one sale, built only from its record (never from what a screen shows), the outlet
 * settings and the print count. Pending sales get a "DALAM PROSES" slip (the final receipt is
 * printed once they settle); failed sales that owe or paid back the cash get a refund slip.
 */
export function buildReceipt(sale: SaleRecord, ctx: ReceiptContext): Receipt {
  const slip = slipFor(sale);
  const kind = KINDS[sale.kind];
  const at = (ms: number) => formatReceiptTime(ms, ctx.timeZone);
  const lines: ReceiptLine[] = [...header(ctx.outlet), rule()];
  if (ctx.copy.kind === 'duplicate') {
    lines.push(
      text('*** DUPLIKAT ***', { align: 'center', bold: true }),
      text(`Cetak ulang ke-${ctx.copy.reprintNumber}`, { align: 'center' }),
      text(at(ctx.copy.at), { align: 'center' }),
      rule(),
    );
  }
  lines.push(title(slip === 'receipt' ? kind.title : slip === 'pending' ? 'DALAM PROSES' : 'BUKTI REFUND'));
  lines.push(field('Waktu', at(slip === 'pending' ? sale.createdAt : (sale.settledAt ?? sale.updatedAt))));
  lines.push(field('No. Trx', sale.refId));
  if (sale.providerRef) lines.push(field('Ref. Provider', sale.providerRef));
  // Who served the customer. A sale no signed-in user made (from before users existed) prints no
  // line rather than a placeholder: the customer's slip has nothing to explain.
  if (sale.seller) lines.push(field('Kasir', sale.seller.name));
  lines.push(rule(), ...kind.subject(sale));
  if (slip === 'receipt') lines.push(...kind.delivered(sale), rule(), ...kind.amounts(sale));
  if (slip === 'pending') {
    lines.push(rule(), ...kind.amounts(sale), rule());
    lines.push(text('Transaksi sedang diproses. Struk final dicetak setelah transaksi berhasil.', { align: 'center', bold: true }));
  }
  if (slip === 'refund') {
    lines.push(rule(), field('Status', 'GAGAL', true));
    if (sale.message) lines.push(field('Keterangan', sale.message));
    lines.push(field('REFUND', formatRupiah(sale.price), true));
    lines.push(field('Status Refund', sale.refund === 'paid' ? 'SUDAH DIKEMBALIKAN' : 'BELUM DIKEMBALIKAN', true));
  }
  lines.push(rule(), text(ctx.outlet.footer, { align: 'center' }), { type: 'qr', payload: sale.refId });
  return { saleId: sale.id, slip, copy: ctx.copy.kind, qrPayload: sale.refId, lines };
}

function header(outlet: OutletSettings): ReceiptLine[] {
  const lines: ReceiptLine[] = [title(outlet.name)];
  if (outlet.address) lines.push(text(outlet.address, { align: 'center' }));
  if (outlet.phone) lines.push(text(`Telp. ${outlet.phone}`, { align: 'center' }));
  return lines;
}
