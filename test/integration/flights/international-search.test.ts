import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/app/open-core';
import type { Core } from '../../../electron/core/app/core';
import { startMmbcSimulator, type MmbcSimulator } from '../../../electron/core/providers/mmbc';
import { wibIsoDate } from '../../../electron/core/providers/mmbc/time';
import { makeTempDir } from '../../support/temp-dir';
import { OWNER_SESSION, signInOwner } from '../../support/sessions';

/** flights:search marks international routes (passports at booking) on every flight it lists. */
let sim: MmbcSimulator;
let temp: { dir: string; cleanup(): void };
let core: Core;
const FLIGHT_DATE = wibIsoDate(Date.now() + 20 * 86_400_000);

interface Search {
  flights: { from: string; to: string; international: boolean }[];
}
async function search(from: string, to: string): Promise<Search> {
  const result = await core.dispatch('flights:search', { from, to, date: FLIGHT_DATE, adult: 1 }, OWNER_SESSION);
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
  await signInOwner(core);
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

  it('flights:price says the route is international too (the booking form asks passports from it)', async () => {
    const { flights } = (await search('CGK', 'SIN')) as unknown as { flights: { key: string }[] };
    const priced = await core.dispatch('flights:price', { key: flights[0]!.key, adult: 1 }, OWNER_SESSION);
    if (!priced.ok) throw new Error(priced.error.message);
    expect(priced.value).toMatchObject({ from: 'CGK', to: 'SIN', international: true });
  });

  it('CGK-DPS flights are domestic', async () => {
    const { flights } = await search('CGK', 'DPS');
    expect(flights.length).toBeGreaterThan(0);
    for (const f of flights) expect(f.international).toBe(false);
  });
});

describe('airline logos through the contract', () => {
  /** The logo fetch runs in the background after an answer; ask again until it has landed (bounded). */
  async function airlinesUntilLogos(): Promise<{ code: string; logoUrl: string | null }[]> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const result = await core.dispatch('flights:airlines', {}, OWNER_SESSION);
      if (!result.ok) throw new Error(result.error.message);
      const airlines = (result.value as { airlines: { code: string; logoUrl: string | null }[] }).airlines;
      if (airlines.length > 0 && airlines.every((a) => a.logoUrl?.startsWith('data:image/png;base64,'))) return airlines;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the logos never arrived as data: URLs');
  }

  it('flights:airlines and flights:search answer the stored logos as data: URLs (the CSP allows no remote image)', async () => {
    const airlines = await airlinesUntilLogos();
    expect(airlines.length).toBeGreaterThan(3);
    const { flights } = (await search('CGK', 'DPS')) as unknown as { flights: { logoUrl: string | null }[] };
    expect(flights.length).toBeGreaterThan(0);
    for (const f of flights) expect(f.logoUrl).toMatch(/^data:image\/png;base64,/);
  });
});
