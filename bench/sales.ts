import { randomUUID } from 'node:crypto';
import { createMmbcClient, type MmbcCredentials } from '../electron/core/providers/mmbc';
import { openSalesFixture } from '../test/support/sales-fixture';
import type { BenchResult } from './result';

/**
 * sales.overhead: one full sale through the engine (guards, write-ahead commit, send, settle, all
 * at synchronous=FULL) against the bare client call, both to the MMBC simulator answering after a
 * fixed 50 ms. sales.throughput: sales settled per second with 20 cashiers at once against a 0 ms
 * simulator, as a ratio to ledger.commit's raw-insert baseline of the same run.
 */
export async function benchSales(ledgerBaselinePerSecond: number, rounds = 5, perRound = 8): Promise<BenchResult[]> {
  const t = await openSalesFixture(
    [{ productId: 'bench:mmbc', category: 'pulsa', name: 'Pulsa Telkomsel 10.000', price: 12_500, offers: [{ provider: 'mmbc', providerCode: 'TSEL10', cost: 10_750 }] }],
    { openingDeposit: 500_000_000 },
  );
  try {
    const sim = t.sims.get('mmbc')!;
    const client = createMmbcClient({ baseUrl: sim.baseUrl, credentials: sim.credentials as MmbcCredentials });
    const bare = (): Promise<unknown> => client.topup({ productCode: 'TSEL10', destination: uniqueNumber(), itrx: 1 });
    const engine = (): Promise<unknown> => t.sales.engine.start({ requestId: randomUUID(), productId: 'bench:mmbc', customerNo: uniqueNumber() });
    await fetch(`${sim.baseUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify({ endpoint: 'isipulsa', mode: 'delay', ms: 50 }) });
    await engine();
    await bare();
    let engineMs = 0;
    let bareMs = 0;
    for (let r = 0; r < rounds; r += 1) {
      engineMs += await timeSequential(engine, perRound);
      bareMs += await timeSequential(bare, perRound);
    }
    const overhead = engineMs / bareMs;
    await fetch(`${sim.baseUrl}/__sim/faults`, { method: 'DELETE' });

    const total = 400;
    let next = 0;
    const start = performance.now();
    await Promise.all(Array.from({ length: 20 }, async () => {
      while (next < total) {
        next += 1;
        await engine();
      }
    }));
    const perSecond = total / ((performance.now() - start) / 1000);
    const n = rounds * perRound;
    return [
      { name: 'sales.overhead', value: round(engineMs / n, 2), unit: 'ms/sale', baseline: round(bareMs / n, 2), ratio: round(overhead, 3), goal: 'ratio <= 1.3' },
      { name: 'sales.throughput', value: round(perSecond, 1), unit: 'sales/s (20 concurrent)', baseline: round(ledgerBaselinePerSecond, 1), ratio: round(perSecond / ledgerBaselinePerSecond, 3), goal: 'informative: vs raw single-row inserts' },
    ];
  } finally {
    await t.close();
  }
}

async function timeSequential(run: () => Promise<unknown>, count: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i += 1) await run();
  return performance.now() - start;
}

let seq = 0;
function uniqueNumber(): string {
  seq += 1;
  return `0812${String(Date.now() % 10_000).padStart(4, '0')}${String(seq % 10_000).padStart(4, '0').replace(/^(9999|8888|7777|6666|5555)$/, '1234')}`;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
