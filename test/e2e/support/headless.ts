import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../../..');
const READY = /^Loket headless: (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)$/m;

export interface Headless {
  /** The address the server printed, token included, as a cashier would open it. */
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
  /** Calls the API directly, to check what the core holds independently of the screen. */
  call(channel: string, input?: unknown): Promise<unknown>;
}

export function freshDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'loket-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts `electron/headless/cli.ts` as the user would (`npm run web` minus the build), on a free
 * port, serving out/renderer. `node --import tsx` keeps it one process, so SIGTERM reaches the
 * server itself and it closes the database cleanly.
 */
export async function startHeadless(dataDir: string): Promise<Headless> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/headless/cli.ts'], {
    cwd: REPO,
    env: { ...process.env, LOKET_DATA_DIR: dataDir, LOKET_PORT: '0', LOKET_RENDERER_DIR: join(REPO, 'out/renderer') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { origin, token } = await waitForReady(child);
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    stop: () => stopChild(child),
    async call(channel, input = {}) {
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Loket-Token': token },
        body: JSON.stringify(input),
      });
      return response.json();
    },
  };
}

function waitForReady(child: ChildProcess): Promise<{ origin: string; token: string }> {
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = READY.exec(out);
      if (match?.[1] && match[2]) resolvePromise({ origin: match[1], token: match[2] });
    });
    child.once('exit', (code) => reject(new Error(`headless server exited (${code}) before listening:\n${out}\n${err}`)));
    child.once('error', reject);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}
