import { providerAdapters } from '../electron/core/providers/registry/adapters';
import { SANDBOX_OPENING_DEPOSIT } from '../electron/core/providers/sandbox/sandbox-deposits';
import type { RunningSimulator } from '../electron/core/providers/registry/provider-adapter';

/**
 * `npm run simulators`: every provider simulator on 127.0.0.1, one JSON line each
 * ({"provider", "baseUrl", "credentials"} with the sandbox default credentials), until SIGINT/SIGTERM.
 * Used by hand, and by tests that need the providers' state to outlive the app process.
 */
async function main(): Promise<void> {
  const running: RunningSimulator<unknown>[] = [];
  for (const adapter of providerAdapters) {
    const sim = await adapter.startSimulator({ initialBalance: SANDBOX_OPENING_DEPOSIT });
    running.push(sim);
    console.log(JSON.stringify({ provider: adapter.id, baseUrl: sim.baseUrl, credentials: sim.credentials }));
  }
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await Promise.all(running.map((sim) => sim.close()));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error('[loket] simulators failed to start:', err);
  process.exit(1);
});
