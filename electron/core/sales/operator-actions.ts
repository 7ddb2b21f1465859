import { AppError } from '../errors/app-error';
import { depositAccount, type Ledger } from '../ledger';
import { formatRupiah } from '../money';
import type { ReadResult } from '../providers/outcome';
import type { SaleBook } from './sale-book';
import type { SaleRecord } from './sale-record';
import { isSettled } from './state-machine';

/**
 * When the provider cannot tell us (MMBC lost answer) the operator decides, helped by the deposit:
 * the ledger already moved this sale's cost out of the deposit, so if the provider's balance matches
 * the ledger the provider charged it; if it is higher by about the cost, it did not.
 */
export async function operatorEvidence(ledger: Ledger, providerBalance: () => Promise<ReadResult<number>>, sale: SaleRecord) {
  const ledgerBalance = ledger.rawBalance(depositAccount(sale.provider));
  const reported = await providerBalance();
  if (!reported.ok) {
    return { ledgerBalance, reportedBalance: null, difference: null, cost: sale.cost, message: `Saldo provider tidak dapat dibaca: ${reported.message}` };
  }
  const difference = reported.value - ledgerBalance;
  const message =
    Math.abs(difference) < Math.max(1, sale.cost / 2)
      ? `Saldo provider sama dengan pembukuan: kemungkinan besar provider SUDAH memotong ${formatRupiah(sale.cost)} (transaksi berhasil).`
      : Math.abs(difference - sale.cost) < Math.max(1, sale.cost / 2)
        ? `Saldo provider lebih tinggi ${formatRupiah(difference)}: kemungkinan besar provider TIDAK memotong (transaksi gagal).`
        : `Selisih saldo ${formatRupiah(difference)} tidak cocok dengan satu transaksi; periksa riwayat di provider sebelum memutuskan.`;
  return { ledgerBalance, reportedBalance: reported.value, difference, cost: sale.cost, message };
}

/**
 * Only a sale the provider cannot be asked about (`needsOperator`) is the operator's to decide; any
 * other open sale is settled by the provider's own answer (a guess there could fail a delivered sale).
 */
export function operatorDecision(book: SaleBook, given: SaleRecord, input: { decision: 'success' | 'failed'; serial?: string; note: string }): SaleRecord {
  const sale = book.get(given.id);
  if (isSettled(sale.state)) throw new AppError('conflict', `Transaksi sudah ${sale.state === 'success' ? 'berhasil' : 'gagal'}; tidak bisa diubah.`);
  if (!sale.needsOperator) {
    throw new AppError(
      'conflict',
      `Transaksi ref ${sale.refId} tidak menunggu keputusan operator: ${sale.provider.toUpperCase()} masih bisa ditanya, hasilnya dicek otomatis (atau tekan "Cek sekarang").`,
    );
  }
  const message = `Keputusan operator: ${input.note}`;
  return book.apply(
    sale.id,
    input.decision === 'success' ? { status: 'success', serial: input.serial?.trim() || undefined, message } : { status: 'failed', code: 'operator', message },
    'operator',
  );
}
