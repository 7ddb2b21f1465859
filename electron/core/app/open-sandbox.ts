import type { ProviderId } from '../domain/provider-id';
import type { Ledger } from '../ledger';
import type { adapterMap } from '../providers/registry/adapters';
import { ProviderSettingsRepo } from '../providers/registry/provider-settings-repo';
import { seedSandboxDeposit, trainingDeposit } from '../providers/sandbox/sandbox-deposits';
import { externalSandbox, startSandbox, type SandboxEndpoints, type SandboxRuntime } from '../providers/sandbox/sandbox-runtime';

/**
 * Seeds each sandbox provider's training deposit in the ledger once, then starts the simulators
 * with the training money the ledger holds (in the deposit account in Sandbox, parked while the
 * provider is Live), so both sides agree after every restart and every switch back to Sandbox. The
 * deposit is read exactly and never through a validating parser: no balance may stop the app starting.
 */
export async function openSandbox(
  ledger: Ledger,
  adapters: ReturnType<typeof adapterMap>,
  external: SandboxEndpoints | undefined,
  callbackUrl: (provider: ProviderId) => string,
): Promise<SandboxRuntime> {
  // Simulators started elsewhere (scripts/simulators.ts, the crash test) open with the same training
  // deposit, so theirs is seeded too; a provider with no simulator at all (tests' empty sandbox) has none.
  // Training money is seeded only into a Sandbox deposit: a Live deposit holds real money only.
  const settings = new ProviderSettingsRepo(ledger.db);
  for (const id of adapters.keys()) {
    if ((!external || external[id]) && settings.get(id).mode === 'sandbox') seedSandboxDeposit(ledger, id);
  }
  if (external) return externalSandbox(external);
  return startSandbox([...adapters.values()], (id) => trainingDeposit(ledger, id, settings.get(id).mode), callbackUrl);
}
