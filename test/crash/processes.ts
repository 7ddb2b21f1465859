import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { SimLine } from './crash-core';

/** One process per child (`tsx` as a loader, not a wrapper), so SIGKILL hits the process that sells. */
const NODE_TS = [process.execPath, '--import', 'tsx'] as const;

/** The simulators in their own process: their state is the providers' truth and outlives every kill. */
export async function startSimulatorProcess(): Promise<{ sims: SimLine[]; stop(): Promise<void> }> {
  const child = spawn(NODE_TS[0], [...NODE_TS.slice(1), 'scripts/simulators.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const sims: SimLine[] = [];
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`simulators exited with ${code}`)));
    lines.on('line', (line) => {
      sims.push(JSON.parse(line) as SimLine);
      if (sims.length === 4) resolve();
    });
  });
  return { sims, stop: () => stop(child, 'SIGTERM') };
}

/** Starts the selling child and resolves once it has opened the core and begun to sell. */
export async function startSeller(dataDir: string, sims: SimLine[]): Promise<ChildProcess> {
  const child = spawn(NODE_TS[0], [...NODE_TS.slice(1), 'test/crash/seller.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOKET_DATA_DIR: dataDir, CRASH_SIMS: JSON.stringify(sims) },
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
