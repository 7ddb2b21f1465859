import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { SimLine } from './crash-core';
import type { SellerRun } from './customer-numbers';

/** One process per child (`tsx` as a loader, not a wrapper), so SIGKILL hits the process that sells. */
const NODE_TS = [process.execPath, '--import', 'tsx'] as const;

export interface SimulatorProcess {
  sims: SimLine[];
  /** Takes every simulator off the network (connection refused) or back, state kept. Switchable processes only. */
  setReachable(reachable: boolean): Promise<void>;
  stop(): Promise<void>;
}

/** The simulators in their own process: their state is the providers' truth and outlives every kill. */
export async function startSimulatorProcess(options: { switchable?: boolean } = {}): Promise<SimulatorProcess> {
  const child = spawn(NODE_TS[0], [...NODE_TS.slice(1), 'scripts/simulators.ts'], {
    stdio: ['ignore', 'pipe', 'inherit', ...(options.switchable ? (['ipc'] as const) : [])],
    env: { ...process.env, LOKET_SIMS_SWITCHABLE: options.switchable ? '1' : '0' },
  });
  const sims: SimLine[] = [];
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`simulators exited with ${code}`)));
    lines.on('line', (line) => {
      sims.push(JSON.parse(line) as SimLine);
      if (sims.length === 4) resolve();
    });
  });
  return {
    sims,
    setReachable(reachable) {
      if (!options.switchable) return Promise.reject(new Error('simulator process not started switchable'));
      return new Promise((resolve) => {
        child.once('message', () => resolve());
        child.send({ reachable });
      });
    },
    stop: () => stop(child, 'SIGTERM'),
  };
}

/** Starts the selling child and resolves once it has opened the core (recovery done) and begun to sell. */
export async function startSeller(dataDir: string, sims: SimLine[], run: SellerRun): Promise<ChildProcess> {
  const child = spawn(NODE_TS[0], [...NODE_TS.slice(1), 'test/crash/seller.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOKET_DATA_DIR: dataDir, CRASH_SIMS: JSON.stringify(sims), CRASH_RUN: JSON.stringify(run) },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`seller exited with ${code} before ready: ${stderr.slice(-2000)}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line === 'ready') resolve();
    });
  });
  return child;
}

export function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
