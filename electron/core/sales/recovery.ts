import type { SaleBook } from './sale-book';

/**
 * Start-up sweep (before the cashier can sell): a sale left `committed` was never sent, so it fails
 * with its money owed back; a sale left `sent` may have reached the provider, so it becomes
 * `unknown` and is reconciled by status check, never re-sent under a new reference.
 */
export function recoverInterruptedSales(book: SaleBook): { failed: number; unknown: number } {
  let failed = 0;
  let unknown = 0;
  for (const sale of book.repo.inStates(['committed', 'sent'])) {
    if (sale.state === 'committed') {
      book.apply(sale.id, { status: 'failed', code: 'not_sent', message: 'Aplikasi berhenti sebelum transaksi dikirim; tidak ada yang terkirim.' }, 'recovery');
      failed += 1;
    } else {
      book.apply(sale.id, { status: 'unknown', reason: 'timeout', message: 'Aplikasi berhenti saat menunggu jawaban provider; dicek ulang.' }, 'recovery');
      book.checkSoon(sale.id);
      unknown += 1;
    }
  }
  return { failed, unknown };
}
