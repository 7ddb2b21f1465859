import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LEDGER_FILE } from '../electron/core/app/open-core';
import { Ledger } from '../electron/core/ledger';
import { summarizeSales } from '../electron/core/reports';
import type { BenchResult } from './result';
import type { SalesDataset } from './support/sales-dataset';

/**
 * reports.day: Laporan's business-day summary (summarizeSales, every breakdown) on a ledger of
 * 1,000,000 sales, against a plain indexed count of that day's sales on the same table (the least
 * any day report must do). Both run on the same days in alternating rounds; the file is opened read-
 * only, so the cached history is used as it is.
 */
export function benchReportsDay(dataset: SalesDataset, rounds = 200, warmUp = 50): BenchResult {
  const db = new Database(join(dataset.dir, LEDGER_FILE), { readonly: true });
  try {
    const ledger = new Ledger(db, { timeZone: 'Asia/Jakarta' });
    const count = db.prepare('SELECT count(*) FROM sale WHERE business_day = ?').pluck();
    const days = db.prepare('SELECT DISTINCT business_day FROM sale ORDER BY business_day').pluck().all() as string[];
    // Days spread over the year (the last one holds the sales still open).
    const picked = [0.1, 0.35, 0.6, 0.85, 1].map((f) => days[Math.min(days.length - 1, Math.floor(f * (days.length - 1)))]!);
    // Both warmed first (JIT, page cache): a cashier's Laporan is asked again and again.
    for (let r = 0; r < warmUp; r += 1) {
      for (const day of picked) {
        summarizeSales(ledger, { from: day, to: day });
        count.get(day);
      }
    }
    let reportMs = 0;
    let countMs = 0;
    let sold = 0;
    for (let r = 0; r < rounds; r += 1) {
      for (const day of picked) {
        let start = performance.now();
        sold += summarizeSales(ledger, { from: day, to: day }).totals.count;
        reportMs += performance.now() - start;
        start = performance.now();
        count.get(day);
        countMs += performance.now() - start;
      }
    }
    if (sold === 0) throw new Error('reports.day: the history has no sales on the days measured');
    const n = rounds * picked.length;
    return {
      name: 'reports.day',
      value: round(reportMs / n, 3),
      unit: 'ms per business-day summary (1,000,000 sales)',
      baseline: round(countMs / n, 3),
      ratio: round(reportMs / countMs, 3),
      goal: 'ratio <= 3',
    };
  } finally {
    db.close();
  }
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
