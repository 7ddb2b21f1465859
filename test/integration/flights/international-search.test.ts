import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import { startMmbcSimulator, type MmbcSimulator } from '../../../electron/core/providers/mmbc';
import { wibIsoDate } from '../../../electron/core/providers/mmbc/time';
import { makeTempDir } from '../../support/temp-dir';

/** flights:search marks international routes (passports at booking) on every flight it lists. */
let sim: MmbcSimulator;
let temp: { dir: string; cleanup(): void };
let core: Core;
const FLIGHT_DATE = wibIsoDate(Date.now() + 20 * 86_400_000);

interface Search {
  flights: { from: string; to: string; international: boolean }[];
}
async function search(from: string, to: string): Promise<Search> {
  const result = await core.dispatch('flights:search', { from, to, date: FLIGHT_DATE, adult: 1 });
  if (!result.ok) throw new Error(`flights:search: ${result.error.code} ${result.error.message}`);
  return result.value as Search;
}

beforeAll(async () => {
  sim = await startMmbcSimulator({});
  temp = makeTempDir();
  core = await openCore({
    dataDir: temp.dir,
    backupIntervalMs: 0,
    timeZone: 'Asia/Jakarta',
    clientTimeoutMs: 2000,
    sandbox: { mmbc: { baseUrl: sim.baseUrl, credentials: sim.credentials } },
  });
});
afterAll(async () => {
  await core.close();
  await sim.close();
  temp.cleanup();
});

describe('flights:search on international routes', () => {
  it('CGK-SIN answers flights, every one international', async () => {
    const { flights } = await search('CGK', 'SIN');
    expect(flights.length).toBeGreaterThan(0);
    for (const f of flights) expect(f).toMatchObject({ from: 'CGK', to: 'SIN', international: true });
  });

  it('CGK-DPS flights are domestic', async () => {
    const { flights } = await search('CGK', 'DPS');
    expect(flights.length).toBeGreaterThan(0);
    for (const f of flights) expect(f.international).toBe(false);
  });
});
