import type { ProviderId } from '../../domain/provider-id';
import { MAX_RUPIAH, rupiah, type Rupiah } from '../../money';
import type { ProviderAdapter, RunningSimulator } from '../registry/provider-adapter';

/**
 * Sandbox mode: every provider's simulator runs inside the app on 127.0.0.1, so a fresh install
 * can train and sell offline. A test or the crash harness may instead hand in simulators that run
 * in another process (`external`), whose state then survives the app being killed.
 */
export interface SandboxEndpoint {
  baseUrl: string;
  credentials: unknown;
}

export type SandboxEndpoints = Partial<Record<ProviderId, SandboxEndpoint>>;

export interface SandboxRuntime {
  endpoint(provider: ProviderId): SandboxEndpoint | undefined;
  close(): Promise<void>;
}

export async function startSandbox(
  adapters: readonly ProviderAdapter<unknown, unknown>[],
  openingBalance: (provider: ProviderId) => bigint,
  callbackUrl: (provider: ProviderId) => string | undefined = () => undefined,
): Promise<SandboxRuntime> {
  const running = new Map<ProviderId, RunningSimulator<unknown>>();
  try {
    for (const adapter of adapters) {
      running.set(adapter.id, await adapter.startSimulator({ initialBalance: simulatorBalance(openingBalance(adapter.id), adapter.id), callbackUrl: callbackUrl(adapter.id) }));
    }
  } catch (err) {
    await Promise.all([...running.values()].map((sim) => sim.close()));
    throw err;
  }
  return {
    endpoint: (provider) => running.get(provider),
    close: async () => {
      await Promise.all([...running.values()].map((sim) => sim.close()));
    },
  };
}

export function externalSandbox(endpoints: SandboxEndpoints): SandboxRuntime {
  return { endpoint: (provider) => endpoints[provider], close: async () => undefined };
}

/**
 * The simulator starts with what the ledger says the training deposit holds. The ledger's total is
 * read exactly and can be anything this app ever wrote (older versions took any top-up), so it is
 * clamped into what a simulator can hold instead of stopping the app from starting.
 */
export function simulatorBalance(ledgerTotal: bigint, provider: ProviderId): Rupiah {
  const max = BigInt(MAX_RUPIAH);
  const clamped = ledgerTotal < -max ? -max : ledgerTotal > max ? max : ledgerTotal;
  if (clamped !== ledgerTotal) {
    console.warn(`[loket] sandbox ${provider}: ledger deposit ${ledgerTotal.toString()} is out of the simulator's range; it starts with ${clamped.toString()}`);
  }
  return rupiah(Number(clamped));
}
