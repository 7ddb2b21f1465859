import type { ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { quotaPerRun } from './customer-numbers';
import { salesInDoubt, settledSince, unansweredChecks } from './open-sales';
import { startSeller, startSimulatorProcess, stop, type SimulatorProcess } from './processes';
import { settleAndVerify } from './settle-and-verify';

/**
 * The power cut where the PC boots before the modem: after every kill -9 the app restarts while
 * every provider refuses connections, and only later do they come back (same ports, same state).
 * Recovery and the reconciler run into the outage; a check that got no answer is no answer, so no
 * sale that was in doubt at the restart may settle before the providers return. After the last
 * restart everything settles to the providers' truth (settle-and-verify.ts).
 * CRASH_OUTAGES sets the count: 20 for `npm run test:crash`, fewer inside `npm test`.
 */
const RESTARTS = Number(process.env.CRASH_OUTAGES ?? 20);
/** Longer than the first check steps (crash-core.ts: 100-500 ms) and the not-found grace (800 ms): several checks meet it. */
const OUTAGE_MS = 2_000;
const temp = makeTempDir('loket-crash-outage-');
let simulators: SimulatorProcess;
let seller: ChildProcess | undefined;

beforeAll(async () => {
  simulators = await startSimulatorProcess({ switchable: true });
}, 60_000);
afterAll(async () => {
  if (seller) await stop(seller, 'SIGKILL');
  await simulators?.stop();
  temp.cleanup();
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe(`crash safety with the providers unreachable after each restart (${RESTARTS} restarts)`, () => {
  it('settles nothing in doubt during the outage and everything correctly after it', async () => {
    const quota = quotaPerRun(RESTARTS);
    let heldThrough = 0;
    // Checks of a sale in doubt that met the outage and got no answer: without any, "nothing
    // settled" would only mean nothing was asked.
    let unanswered = 0;
    const perOutage: number[] = [];
    for (let restart = 0; restart < RESTARTS; restart += 1) {
      const inDoubt = salesInDoubt(temp.dir); // as the kill left them
      await simulators.setReachable(false);
      const outageFrom = Date.now();
      seller = await startSeller(temp.dir, simulators.sims, { run: restart, quota });
      await sleep(OUTAGE_MS);
      expect(settledSince(temp.dir, inDoubt), `restart ${restart}: settled while every provider was unreachable`).toEqual([]);
      heldThrough += inDoubt.length;
      const met = unansweredChecks(temp.dir, inDoubt, outageFrom, Date.now());
      perOutage.push(met);
      unanswered += met;
      if (inDoubt.some((sale) => sale.checkable)) {
        expect(met, `restart ${restart}: no sale in doubt was checked during the outage`).toBeGreaterThan(0);
      }
      await simulators.setReachable(true);
      await sleep(randomInt(100, 600));
      await stop(seller, 'SIGKILL');
      seller = undefined;
    }
    const { sales, summary } = await settleAndVerify(temp.dir, simulators.sims, `${RESTARTS} restarts into an outage`);
    console.log(
      `${summary}; ${heldThrough} sales in doubt at a restart held through its ${OUTAGE_MS} ms outage; ` +
        `${unanswered} checks of them got no answer during an outage (per outage: ${perOutage.join(', ')})`,
    );
    expect(sales).toBeGreaterThan(RESTARTS);
    expect(heldThrough, 'no sale was in doubt at any restart: the outage tested nothing').toBeGreaterThan(0);
    expect(unanswered, 'no sale in doubt was checked during any outage: "nothing settled" proves nothing').toBeGreaterThan(0);
  }, 1_200_000);
});
