import type { OutletTimeZone } from '../clock/business-day';
import { formatRupiah } from '../money';
import type { OutletSettings } from '../receipts/outlet-settings';
import { formatReceiptTime } from '../receipts/receipt-format';
import { field, rule, text, title, type Receipt, type ReceiptLine } from '../receipts/receipt-model';
import { signedRupiah } from './drawer-difference';
import type { ShiftReport } from './shift-report';

const CATEGORY: Record<string, string> = { pulsa: 'Pulsa', data: 'Paket data', ewallet: 'E-wallet', pln_token: 'Token PLN', bill: 'Tagihan' };

/** The drawer's movements grouped the way a cashier counts them. */
const MOVEMENT: Record<string, string> = {
  sale_commit: 'Uang penjualan',
  sale_refund: 'Refund dibayar',
  sale_late_success: 'Bayar ulang (sukses terlambat)',
  opening_cash: 'Modal dari pemilik',
  owner_withdrawal: 'Diambil pemilik',
  deposit_topup: 'Top-up deposit dari kas',
  owner_correction: 'Koreksi pemilik',
  shift_open_difference: 'Selisih saat buka',
  shift_close_difference: 'Selisih saat tutup',
};

const OPENING_CAUSE: Record<'owner_float' | 'unexplained', string> = { owner_float: 'uang modal pemilik', unexplained: 'tidak diketahui (selisih kas)' };

const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The closing report as a receipt, so the ESC/POS printer, the PDF and any preview lay it out with
 * the same rows as a sale's receipt. Built from the report alone (the records), never from a screen.
 */
export function shiftReportReceipt(report: ShiftReport, outlet: OutletSettings, timeZone: OutletTimeZone): Receipt {
  const { shift, totals } = report;
  const at = (ms: number) => formatReceiptTime(ms, timeZone);
  const lines: ReceiptLine[] = [title(outlet.name), rule(), title(shift.closedAt === null ? 'LAPORAN KASIR (BELUM DITUTUP)' : 'LAPORAN TUTUP KASIR')];
  lines.push(field('Shift', `#${shift.id}`), field('Kasir', shift.cashier), field('Hari', day(shift.businessDay)), field('Buka', at(shift.openedAt)));
  if (shift.closedAt !== null) lines.push(field('Tutup', at(shift.closedAt)));
  lines.push(rule(), field('Modal awal (dihitung)', formatRupiah(shift.openingFloat)));
  if (shift.openingDifference !== 0) {
    lines.push(field('Selisih saat buka', signedRupiah(shift.openingDifference)));
    if (shift.openingCause) lines.push(text(`Penyebab: ${OPENING_CAUSE[shift.openingCause]}`));
    if (shift.openingReason) lines.push(text(`Alasan: ${shift.openingReason}`));
  }
  lines.push(rule(), text('PENJUALAN', { bold: true }));
  lines.push(field('Sukses', `${totals.successCount} trx`), field('Omzet', formatRupiah(totals.gross), true), field('Laba kotor', formatRupiah(totals.margin)));
  for (const c of totals.byCategory) lines.push(field(`  ${CATEGORY[c.category] ?? c.category} (${c.count})`, formatRupiah(c.gross)));
  lines.push(field('Dalam proses', `${totals.pendingCount} trx`), field('Gagal', `${totals.failedCount} trx`), field('Refund dibayar', formatRupiah(totals.refundsPaid)));
  lines.push(rule(), text('KAS LACI', { bold: true }), ...movementLines(report));
  if (shift.closedAt !== null) {
    lines.push(rule(), field('Kas seharusnya', formatRupiah(shift.expectedCash ?? 0)), field('Kas dihitung', formatRupiah(shift.countedCash ?? 0), true));
    lines.push(field('SELISIH', shift.difference ? signedRupiah(shift.difference) : 'Rp 0', true));
    if (shift.differenceReason) lines.push(text(`Alasan: ${shift.differenceReason}`));
    if (totals.cashDifference !== (shift.difference ?? 0)) lines.push(field('Total selisih kas', signedRupiah(totals.cashDifference), true));
    for (const [face, count = 0] of Object.entries(shift.denominations ?? {}).sort(([a], [b]) => Number(b) - Number(a))) {
      lines.push(field(`  ${formatRupiah(Number(face))} x ${count}`, formatRupiah(Number(face) * count)));
    }
  }
  lines.push(rule(), text(`BELUM SELESAI (${report.carriedOver.length}), dibawa ke shift berikutnya`, { bold: true }));
  for (const sale of report.carriedOver) lines.push(field(sale.refId, formatRupiah(sale.price)), text(`  ${sale.productName} ${sale.customerNo}`));
  lines.push(rule(), text('Tanda tangan kasir:', { align: 'left' }), text(' '), text(' '), rule());
  return { saleId: 0, slip: 'receipt', copy: 'original', qrPayload: `SHIFT-${shift.id}`, lines };
}

function movementLines(report: ShiftReport): ReceiptLine[] {
  const sums = new Map<string, number>();
  for (const m of report.cashMovements) sums.set(m.kind, (sums.get(m.kind) ?? 0) + m.amount);
  const lines = [...sums].map(([kind, amount]) => field(MOVEMENT[kind] ?? kind, signedRupiah(amount)));
  const net = report.cashMovements.reduce((sum, m) => sum + m.amount, 0);
  return [...lines, field('Perubahan kas', signedRupiah(net), true)];
}
