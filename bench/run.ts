import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchExportXlsx } from './export-xlsx';
import { benchLedgerCommit } from './ledger-commit';
import { benchPackageSize } from './package-size';
import { benchSales } from './sales';
import { benchFlightsSearch } from './flights-search';
import { benchReportsDay } from './reports-day';
import { benchStartup } from './startup';
import type { BenchResult } from './result';
import { salesDataset, type SalesDataset } from './support/sales-dataset';

/**
 * `npm run bench`: measures, writes bench/results.json and prints it. Benchmarks are never tests:
 * nothing here passes or fails on a number. `npm run bench -- startup.1m reports.day` runs only the
 * named ones and updates their lines in results.json, keeping the others.
 */
interface Bench {
  names: string[];
  run(context: Context): Promise<BenchResult[]>;
}

interface Context {
  dir: string;
  /** The year of history (1,000,000 sales), generated once and cached under bench/.cache. */
  history(): Promise<SalesDataset>;
  ledgerBaseline?: number;
}

const benches: Bench[] = [
  {
    names: ['ledger.commit'],
    async run(context) {
      const result = await benchLedgerCommit(context.dir);
      context.ledgerBaseline = result.baseline;
      return [result];
    },
  },
  {
    names: ['sales.overhead', 'sales.throughput'],
    async run(context) {
      const baseline = context.ledgerBaseline ?? (await benchLedgerCommit(context.dir)).baseline;
      return benchSales(baseline);
    },
  },
  { names: ['startup.1m'], run: async (context) => [await benchStartup(await context.history())] },
  { names: ['reports.day'], run: async (context) => [benchReportsDay(await context.history())] },
  { names: ['flights.search'], run: async () => [await benchFlightsSearch()] },
  { names: ['package.size'], run: async () => [await benchPackageSize()] },
  {
    names: ['export.xlsx'],
    async run() {
      // Its own small data directory: 50,000 sales over 18 business days, exported whole.
      const dataset = await salesDataset({ sales: 50_000, days: 18, lastDay: '2025-12-31' });
      return [await benchExportXlsx(dataset, { from: '2025-12-14', to: '2025-12-31' })];
    },
  },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !benches.some((b) => b.names.includes(name)));
  if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.join(', ')}; known: ${benches.flatMap((b) => b.names).join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-'));
  let history: Promise<SalesDataset> | undefined;
  const context: Context = {
    dir,
    history: () => {
      history ??= timedHistory();
      return history;
    },
  };
  try {
    const results: BenchResult[] = [];
    for (const bench of benches) {
      if (wanted.length > 0 && !bench.names.some((name) => wanted.includes(name))) continue;
      results.push(...(await bench.run(context)));
    }
    const kept = wanted.length > 0 ? previousResults().filter((r) => !results.some((n) => n.name === r.name)) : [];
    const order = benches.flatMap((b) => b.names);
    const all = [...kept, ...results].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    mkdirSync('bench', { recursive: true });
    const text = JSON.stringify(all, null, 2);
    writeFileSync(join('bench', 'results.json'), `${text}\n`);
    console.log(text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timedHistory(): Promise<SalesDataset> {
  const dataset = await salesDataset({ sales: 1_000_000, days: 365, lastDay: '2025-12-31' });
  const size = `${(dataset.bytes / 1_048_576).toFixed(0)} MiB`;
  const how = dataset.generatedMs === undefined ? 'reused from bench/.cache' : `generated in ${(dataset.generatedMs / 1000).toFixed(1)} s`;
  console.log(`[bench] history: ${dataset.sales} sales, ${dataset.entries} journal entries, ${size}, ${how}`);
  return dataset;
}

function previousResults(): BenchResult[] {
  try {
    return JSON.parse(readFileSync(join('bench', 'results.json'), 'utf8')) as BenchResult[];
  } catch {
    return [];
  }
}

void main();
