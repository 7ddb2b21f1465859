import { providerAdapters } from '../electron/core/providers/registry/adapters';
import { SANDBOX_OPENING_DEPOSIT } from '../electron/core/providers/sandbox/sandbox-deposits';
import type { RunningSimulator } from '../electron/core/providers/registry/provider-adapter';
import { openFrontDoor, type FrontDoor } from './sim-front-door';

/**
 * `npm run simulators`: every provider simulator on 127.0.0.1, one JSON line each
 * ({"provider", "baseUrl", "credentials"} with the sandbox default credentials), until SIGINT/SIGTERM.
 * Used by hand, and by tests that need the providers' state to outlive the app process.
 *
 * With LOKET_SIMS_SWITCHABLE=1 and an IPC channel (a parent test spawned it), each simulator sits
 * behind a front door and the message {"reachable": false|true} takes them all off the network or
 * back on the same ports, keeping their state; the answer {"reachable"} says it is done.
 */
async function main(): Promise<void> {
  const switchable = process.env.LOKET_SIMS_SWITCHABLE === '1' && typeof process.send === 'function';
  const running: RunningSimulator<unknown>[] = [];
  const doors: FrontDoor[] = [];
  for (const adapter of providerAdapters) {
    const sim = await adapter.startSimulator({ initialBalance: SANDBOX_OPENING_DEPOSIT });
    running.push(sim);
    let baseUrl = sim.baseUrl;
    if (switchable) {
      const simPort = new URL(sim.baseUrl).port;
      const door = await openFrontDoor(Number(simPort));
      doors.push(door);
      baseUrl = sim.baseUrl.replace(`:${simPort}`, `:${door.port}`);
    }
    console.log(JSON.stringify({ provider: adapter.id, baseUrl, credentials: sim.credentials }));
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
  if (switchable) {
    process.on('message', (message: { reachable?: unknown }) => {
      const reachable = message.reachable === true;
      void Promise.all(doors.map((door) => door.setOpen(reachable))).then(() => process.send!({ reachable }));
    });
    process.on('disconnect', () => void stop());
  }
}

main().catch((err: unknown) => {
  console.error('[loket] simulators failed to start:', err);
  process.exit(1);
});
