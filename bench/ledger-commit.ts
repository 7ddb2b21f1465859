import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Ledger, openLedger } from '../electron/core/ledger';
import { applyPragmas } from '../electron/core/ledger/pragmas';
import { rupiah } from '../electron/core/money';
import type { BenchResult } from './result';

/**
 * ledger.commit: durable journal entries per second, one sale-sized entry (4 postings) per
 * transaction at synchronous=FULL, against raw better-sqlite3 single-row inserts with the same
 * pragmas in the same folder. The two run in alternating rounds so disk noise hits both alike.
 */
export async function benchLedgerCommit(dir: string, rounds = 10, perRound = 200): Promise<BenchResult> {
  const raw = new Database(join(dir, 'baseline.db'));
  applyPragmas(raw);
  raw.exec('CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, k TEXT NOT NULL, amount INTEGER NOT NULL) STRICT');
  const insert = raw.prepare('INSERT INTO t (k, amount) VALUES (?, ?)');

  const db = await openLedger({ file: join(dir, 'ledger.db'), backupDir: join(dir, 'backups') });
  const ledger = new Ledger(db, { timeZone: 'Asia/Jakarta' });
  const price = rupiah(12_500);
  const cost = rupiah(11_875);

  let baselineMs = 0;
  let ledgerMs = 0;
  let seq = 0;
  for (let round = 0; round < rounds; round += 1) {
    let start = performance.now();
    for (let i = 0; i < perRound; i += 1) insert.run(`k${seq + i}`, 12_500);
    baselineMs += performance.now() - start;
    start = performance.now();
    for (let i = 0; i < perRound; i += 1) {
      ledger.post({
        idemKey: `sale:${seq + i}`,
        kind: 'sale',
        memo: 'bench sale',
        postings: [
          { account: 'cash_drawer', amount: price },
          { account: 'sales_revenue', amount: rupiah(-price) },
          { account: 'cost_of_sales', amount: cost },
          { account: 'deposit:iak', amount: rupiah(-cost) },
        ],
      });
    }
    ledgerMs += performance.now() - start;
    seq += perRound;
  }
  raw.close();
  db.close();
  const total = rounds * perRound;
  const value = total / (ledgerMs / 1000);
  const baseline = total / (baselineMs / 1000);
  return { name: 'ledger.commit', value: round1(value), unit: 'entries/s', baseline: round1(baseline), ratio: round3(value / baseline), goal: 'ratio >= 0.7' };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
