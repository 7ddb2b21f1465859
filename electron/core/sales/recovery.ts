import type { SaleBook } from './sale-book';

/**
 * Start-up sweep (before the cashier can sell): a sale left `committed` was never sent, so it fails
 * with its money owed back; a sale left `sent` may have reached the provider, so it becomes
 * `unknown` and is reconciled by status check, never re-sent under a new reference. A refused
 * attempt still holding the customer's money for a next attempt that was never committed (a crash
 * mid-reroute in a ledger written before reroutes were one transaction) owes that money back.
 */
export function recoverInterruptedSales(book: SaleBook): { failed: number; unknown: number; refundsOwed: number } {
  let failed = 0;
  let unknown = 0;
  for (const sale of book.repo.interrupted()) {
    if (sale.state === 'committed') {
      book.apply(sale.id, { status: 'failed', code: 'not_sent', message: 'Aplikasi berhenti sebelum transaksi dikirim; tidak ada yang terkirim.' }, 'recovery');
      failed += 1;
    } else {
      book.apply(sale.id, { status: 'unknown', reason: 'timeout', message: 'Aplikasi berhenti saat menunggu jawaban provider; dicek ulang.' }, 'recovery');
      book.checkSoon(sale.id);
      unknown += 1;
    }
  }
  let refundsOwed = 0;
  for (const sale of book.repo.strandedReroutes()) if (book.oweStrandedRefund(sale.id)) refundsOwed += 1;
  return { failed, unknown, refundsOwed };
}
