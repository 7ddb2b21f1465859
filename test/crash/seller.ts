import { randomInt, randomUUID } from 'node:crypto';
import type { ProviderId } from '../../electron/core/api/schemas';
import { crashProducts } from './crash-catalog';
import { openCrashCore, type SimLine } from './crash-core';

/**
 * The child the crash test kills: opens the core on LOKET_DATA_DIR against the simulators named in
 * CRASH_SIMS and sells continuously through every provider, four cashiers at once, until SIGKILL.
 */
async function main(): Promise<void> {
  const sims = JSON.parse(process.env.CRASH_SIMS ?? '[]') as SimLine[];
  const core = await openCrashCore(process.env.LOKET_DATA_DIR ?? '', sims);
  // Idempotent by request id: the first run records them, every restart finds them already there.
  await core.dispatch('ledger:recordOpeningCash', { requestId: 'crash-opening-cash', amount: '50000000' });
  for (const sim of sims) {
    await core.dispatch('ledger:recordDepositTopUp', { requestId: `crash-deposit-${sim.provider}`, provider: sim.provider, amount: '5000000', source: 'bank' });
  }
  process.stdout.write('ready\n');
  const providers = sims.map((s) => s.provider);
  await Promise.all([0, 1, 2, 3].map((lane) => sellForever(core.dispatch, providers, lane)));
}

async function sellForever(dispatch: (channel: string, input: unknown) => Promise<unknown>, providers: ProviderId[], lane: number): Promise<never> {
  for (let i = lane; ; i += 1) {
    const provider = providers[i % providers.length]!;
    await dispatch('sales:start', { requestId: randomUUID(), productId: crashProducts[provider].productId, customerNo: number(provider), confirmDuplicate: true });
  }
}

/** A slow but finishing outcome per simulator (docs/providers/*.md); none that stays pending forever. */
const slowSuffix: Record<ProviderId, string> = { iak: '8888', mmbc: '8888', klikoo: '7777', ayoconnect: '7777' };

/** Unique Telkomsel numbers; about one in eight fails at the provider, one in eight takes a slower path. */
function number(provider: ProviderId): string {
  const roll = randomInt(8);
  const suffix = roll === 0 ? '9999' : roll === 1 ? slowSuffix[provider] : String(randomInt(10_000)).padStart(4, '0').replace(/^(9999|8888|7777|6666|5555)$/, '1234');
  return `0812${String(randomInt(10_000)).padStart(4, '0')}${suffix}`;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
