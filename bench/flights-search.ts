import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../electron/core/app/open-core';
import { createMmbcClient, startMmbcSimulator } from '../electron/core/providers/mmbc';
import { wibIsoDate } from '../electron/core/providers/mmbc/time';
import type { BenchResult } from './result';
import { OWNER_SESSION, signInOwner } from '../test/support/sessions';

/**
 * flights.search: one search through the core contract (schema, refusals, airport check against
 * the cached list, the provider call, rows mapped, the route remembered) against the bare client's
 * getflights-json, both to the MMBC simulator answering after a fixed 200 ms, interleaved in the
 * same run so machine noise hits both alike.
 */
export async function benchFlightsSearch(rounds = 5, perRound = 5): Promise<BenchResult> {
  const sim = await startMmbcSimulator({});
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-flights-'));
  const core = await openCore({ dataDir: dir, backupIntervalMs: 0, sandbox: { mmbc: { baseUrl: sim.baseUrl, credentials: sim.credentials } } });
  try {
    await signInOwner(core);
    const client = createMmbcClient({ baseUrl: sim.baseUrl, credentials: sim.credentials });
    const date = wibIsoDate(Date.now() + 14 * 86_400_000);
    const bare = async () => {
      const result = await client.searchFlights({ from: 'CGK', to: 'DPS', date });
      if (!result.ok || result.value.flights.length === 0) throw new Error(`bare search failed: ${JSON.stringify(result)}`);
    };
    const contract = async () => {
      const result = await core.dispatch('flights:search', { from: 'CGK', to: 'DPS', date, adult: 2, child: 1, infant: 1 }, OWNER_SESSION);
      if (!result.ok) throw new Error(`flights:search failed: ${result.error.message}`);
    };
    await contract(); // warms the airport list cache, as the search form's autocomplete would have
    await bare();
    sim.faults.set('getflights', { mode: 'delay', ms: 200 });
    let contractMs = 0;
    let bareMs = 0;
    for (let r = 0; r < rounds; r += 1) {
      contractMs += await timeSequential(contract, perRound);
      bareMs += await timeSequential(bare, perRound);
    }
    const n = rounds * perRound;
    return { name: 'flights.search', value: round(contractMs / n, 2), unit: 'ms/search', baseline: round(bareMs / n, 2), ratio: round(contractMs / bareMs, 3), goal: 'ratio <= 1.2' };
  } finally {
    await core.close();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeSequential(run: () => Promise<void>, count: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i += 1) await run();
  return performance.now() - start;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
