import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchLedgerCommit } from './ledger-commit';
import { benchSales } from './sales';
import type { BenchResult } from './result';

/**
 * `npm run bench`: measures, writes bench/results.json and prints it. Benchmarks are never tests:
 * nothing here passes or fails on a number.
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-'));
  try {
    const ledger = await benchLedgerCommit(dir);
    const results: BenchResult[] = [ledger, ...(await benchSales(ledger.baseline))];
    mkdirSync('bench', { recursive: true });
    const text = JSON.stringify(results, null, 2);
    writeFileSync(join('bench', 'results.json'), `${text}\n`);
    console.log(text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
