import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { quotaPerRun } from './customer-numbers';
import { startSeller, startSimulatorProcess, stop, type SimulatorProcess } from './processes';
import { settleAndVerify } from './settle-and-verify';

/**
 * Kill -9 at random moments while four cashiers sell through every provider, restart, repeat.
 * Afterwards everything settles to the providers' truth (settle-and-verify.ts).
 * CRASH_KILLS sets the count: 100 for `npm run test:crash`, fewer inside `npm test`.
 */
const KILLS = Number(process.env.CRASH_KILLS ?? 100);
const temp = makeTempDir('loket-crash-');
let simulators: SimulatorProcess;

beforeAll(async () => {
  simulators = await startSimulatorProcess();
}, 60_000);
afterAll(async () => {
  await simulators?.stop();
  temp.cleanup();
});

describe(`crash safety (${KILLS} kills)`, () => {
  it('loses no sale and charges none twice across SIGKILLs', async () => {
    const quota = quotaPerRun(KILLS);
    for (let kill = 0; kill < KILLS; kill += 1) {
      const seller = await startSeller(temp.dir, simulators.sims, { run: kill, quota });
      await new Promise((resolve) => setTimeout(resolve, randomInt(50, 400)));
      await stop(seller, 'SIGKILL');
    }
    const { sales, summary } = await settleAndVerify(temp.dir, simulators.sims, `${KILLS} kills`);
    console.log(summary);
    expect(sales).toBeGreaterThan(KILLS / 2);
  }, 1_200_000);
});
