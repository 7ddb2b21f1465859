import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_OUTLET_NAME, DEFAULT_RECEIPT_FOOTER } from '../../../electron/core/receipts/outlet-settings';
import { OWNER_NAME, OWNER_PIN } from '../../support/sessions';

export { OWNER_NAME, OWNER_PIN };

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

export interface HeadlessOptions {
  /**
   * Who is signed in when the test starts. 'owner' (default): the first-run setup is done through the
   * API if the data dir needs it (owner "Pemilik Uji", PIN 1234), then the owner signs in with the
   * token; the browser holding the same token shares that session. 'none': nothing is done, the
   * browser sees setup (fresh data dir) or the sign-in screen, and no shift is opened.
   */
  user?: 'owner' | 'none';
  /**
   * Open the counter (shifts:open through the API) once the server is up, as a cashier does before
   * selling, counting exactly what the ledger's drawer holds (no difference recorded). Default on
   * with user 'owner' (never with 'none'); a test that must see the closed counter passes false. A shift still open from an earlier start
   * on the same data dir is kept.
   */
  openShift?: boolean;
}

/**
 * Starts `electron/headless/cli.ts` as the user would (`npm run web` minus the build), on a free
 * port, serving out/renderer. `node --import tsx` keeps it one process, so SIGTERM reaches the
 * server itself and it closes the database cleanly.
 */
export async function startHeadless(dataDir: string, options: HeadlessOptions = {}): Promise<Headless> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/headless/cli.ts'], {
    cwd: REPO,
    env: { ...process.env, LOKET_DATA_DIR: dataDir, LOKET_PORT: '0', LOKET_RENDERER_DIR: join(REPO, 'out/renderer') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { origin, token } = await waitForReady(child);
  const headless: Headless = {
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
  const user = options.user ?? 'owner';
  if (user === 'owner') {
    try {
      await signInOwner(headless);
      if (options.openShift ?? true) await openCounter(headless);
    } catch (err) {
      await headless.stop();
      throw err;
    }
  }
  return headless;
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

async function must<T>(server: Headless, channel: string, input: unknown = {}): Promise<T> {
  const answer = (await server.call(channel, input)) as Answer<T>;
  if (!answer.ok) throw new Error(`${channel} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

/** Sets the outlet up if needed, then signs the owner in on the headless session (the token's). */
export async function signInOwner(server: Headless): Promise<void> {
  const status = await must<{ setupNeeded: boolean; users: { id: number; name: string; role: string }[] }>(server, 'auth:status');
  if (status.setupNeeded) {
    const info = await must<{ timeZone: string }>(server, 'app:info');
    const outlet = { name: DEFAULT_OUTLET_NAME, address: '', phone: '', footer: DEFAULT_RECEIPT_FOOTER, timeZone: info.timeZone };
    await must(server, 'setup:complete', { outlet, owner: { name: OWNER_NAME, pin: OWNER_PIN } });
    return;
  }
  const owner = status.users.find((u) => u.name === OWNER_NAME && u.role === 'owner');
  if (!owner) throw new Error(`no owner named ${OWNER_NAME} on this data dir`);
  await must(server, 'auth:signIn', { userId: owner.id, pin: OWNER_PIN });
}

/** Adds a cashier through users:create (the owner must be signed in on the server's session); returns the new user's id. */
export async function addCashier(server: Headless, name: string, pin: string): Promise<number> {
  const created = await must<{ id: number }>(server, 'users:create', { name, role: 'cashier', pin });
  return created.id;
}

async function openCounter(server: Headless): Promise<void> {
  const current = (await server.call('shifts:current')) as Answer<{ current: unknown }>;
  if (!current.ok) throw new Error(`shifts:current refused: ${current.error.message}`);
  if (current.value.current !== null) return;
  const balances = (await server.call('ledger:balances')) as Answer<{ accounts: { code: string; balance: number }[] }>;
  if (!balances.ok) throw new Error(`ledger:balances refused: ${balances.error.message}`);
  const drawer = balances.value.accounts.find((a) => a.code === 'cash_drawer')?.balance ?? 0;
  const opened = (await server.call('shifts:open', { requestId: `e2e-shift-${randomUUID()}`, cashier: 'Kasir E2E', float: { amount: drawer } })) as Answer<unknown>;
  if (!opened.ok) throw new Error(`shifts:open refused: ${opened.error.message}`);
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
