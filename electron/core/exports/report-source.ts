import { ACCOUNT, depositAccount, type Ledger } from '../ledger';
import { providerIds } from '../domain/provider-id';
import { summarizeSales } from '../reports';
import { AccountMovementReader } from '../reports/account-movements';
import { balanceReadings } from '../reports/balance-readings';
import type { ReportSheetsSource } from './report-sheets';
import type { DayRange } from './sale-export-row';

/**
 * What the Ringkasan, Mutasi deposit and Kas sheets will show, from the same functions as Laporan
 * (the export never disagrees with the screen): the summary (small: it reads the day totals), and
 * for each account a reader that hands its movements out in bounded chunks while the sheet is
 * written, never as one big array built in one blocking step. The readers fix their posting span
 * and opening balance here, so the sheets describe the moment the export started.
 */
export function reportSheetsSource(ledger: Ledger, range: DayRange): ReportSheetsSource {
  const deposits = providerIds.map((provider) => ({
    provider,
    reader: new AccountMovementReader(ledger, depositAccount(provider), range.from, range.to),
    reportedBalances: balanceReadings(ledger, provider, range.from, range.to),
  }));
  const cash = new AccountMovementReader(ledger, ACCOUNT.cashDrawer, range.from, range.to);
  const units = deposits.reduce((n, d) => n + d.reader.legCount + d.reportedBalances.length, cash.legCount);
  return { from: range.from, to: range.to, summary: summarizeSales(ledger, range), deposits, cash, units };
}
