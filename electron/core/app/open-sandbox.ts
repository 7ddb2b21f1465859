import type { ProviderId } from '../api/schemas';
import type { Ledger } from '../ledger';
import { depositAccount } from '../ledger/accounts';
import type { adapterMap } from '../providers/registry/adapters';
import { seedSandboxDeposit } from '../providers/sandbox/sandbox-deposits';
import { externalSandbox, startSandbox, type SandboxEndpoints, type SandboxRuntime } from '../providers/sandbox/sandbox-runtime';

/**
 * Seeds each sandbox provider's training deposit in the ledger once, then starts the simulators
 * with the deposit the ledger holds, so both sides agree after every restart. The deposit is read
 * exactly and never through a validating parser: no balance may stop the app from starting.
 */
export async function openSandbox(
  ledger: Ledger,
  adapters: ReturnType<typeof adapterMap>,
  external: SandboxEndpoints | undefined,
  callbackUrl: (provider: ProviderId) => string,
): Promise<SandboxRuntime> {
  if (external) return externalSandbox(external);
  for (const id of adapters.keys()) seedSandboxDeposit(ledger, id);
  return startSandbox([...adapters.values()], (id) => ledger.exactRawBalance(depositAccount(id)), callbackUrl);
}
