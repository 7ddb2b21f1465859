import { randomInt, randomUUID } from 'node:crypto';
import type { ProviderId } from '../../electron/core/api/schemas';
import { crashProducts } from './crash-catalog';
import { openCrashCore, type SimLine } from './crash-core';
import { CustomerNumbers, type SellerRun } from './customer-numbers';
import { sellTicket, TICKET_EVERY_RUNS } from './ticket-lane';
import { OWNER_SESSION } from '../support/sessions';

/**
 * The child the crash test kills: opens the core on LOKET_DATA_DIR against the simulators named in
 * CRASH_SIMS and sells continuously through every provider, four cashiers at once, until SIGKILL.
 * CRASH_RUN ({run, quota}) gives it its own block of customer numbers; when the block is used up it
 * stops selling and only reconciles.
 */
async function main(): Promise<void> {
  const sims = JSON.parse(process.env.CRASH_SIMS ?? '[]') as SimLine[];
  const run = JSON.parse(process.env.CRASH_RUN ?? 'null') as SellerRun;
  const numbers = new CustomerNumbers(run);
  const core = await openCrashCore(process.env.LOKET_DATA_DIR ?? '', sims);
  // Idempotent by request id: the first run records it, every restart finds it already there. The
  // deposits are the training money the core seeds and the simulators open with (open-sandbox.ts).
  const cash = await core.dispatch('ledger:recordOpeningCash', { requestId: 'crash-opening-cash', amount: '50000000' }, OWNER_SESSION);
  if (!cash.ok) throw new Error(`opening cash refused: ${cash.error.message}`);
  // Selling needs an open counter. The same request id every run: the first opens it, a restart finds it still open.
  const shift = await core.dispatch('shifts:open', { requestId: 'crash-shift', cashier: 'Kasir crash', float: { amount: '50000000' } }, OWNER_SESSION);
  if (!shift.ok) throw new Error(`shift open refused: ${shift.error.message}`);
  process.stdout.write('ready\n');
  const providers = sims.map((s) => s.provider);
  // Some runs also sell a flight ticket, beside the four pulsa lanes.
  const asOwner: Dispatch = (channel, input) => core.dispatch(channel, input, OWNER_SESSION);
  const ticket = run.run % TICKET_EVERY_RUNS === 0 ? sellTicket(asOwner, run.run) : Promise.resolve();
  await Promise.all([ticket, ...[0, 1, 2, 3].map((lane) => sell(asOwner, providers, lane, numbers))]);
  setInterval(() => undefined, 60_000); // block used up: stay up, reconciling, until killed
}

type Dispatch = (channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown }>;

async function sell(dispatch: Dispatch, providers: ProviderId[], lane: number, numbers: CustomerNumbers): Promise<void> {
  for (let i = lane; ; i += 1) {
    const provider = providers[i % providers.length]!;
    const customerNo = numbers.next(suffix(provider));
    if (customerNo === null) return;
    const result = await dispatch('sales:start', { requestId: randomUUID(), productId: crashProducts[provider].productId, customerNo, confirmDuplicate: true });
    // A refusal or an at-once failure (e.g. the provider unreachable) comes back in milliseconds: a
    // cashier reads it before trying again, and the lane must not burn its block of numbers meanwhile.
    if (!result.ok || (result.value as { state?: string }).state === 'failed') await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A slow but finishing outcome per simulator (docs/providers/*.md); none that stays pending forever. */
const slowSuffix: Record<ProviderId, string> = { iak: '8888', mmbc: '8888', klikoo: '7777', ayoconnect: '7777' };

/** About one in eight fails at the provider, one in eight takes a slower path, the rest succeed. */
function suffix(provider: ProviderId): string {
  const roll = randomInt(8);
  if (roll === 0) return '9999';
  if (roll === 1) return slowSuffix[provider];
  return String(randomInt(10_000)).padStart(4, '0').replace(/^(9999|8888|7777|6666|5555)$/, '1234');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
