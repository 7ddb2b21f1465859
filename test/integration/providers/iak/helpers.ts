import { randomUUID } from 'node:crypto';
import { createIakClient, startIakSimulator, type IakClient, type IakSimulator, type IakSimulatorOptions } from '../../../../electron/core/providers/iak';

/** Short client timeouts keep no_answer cases fast (fault tests); other tests allow a loaded machine. */
export const CLIENT_TIMEOUT_MS = 300;
export const RELAXED_TIMEOUT_MS = 3000;
export const PENDING_MS = 40;

export interface Harness {
  sim: IakSimulator;
  client: IakClient;
}

export async function startHarness(options: IakSimulatorOptions = {}, timeoutMs = RELAXED_TIMEOUT_MS): Promise<Harness> {
  const sim = await startIakSimulator({ pendingDelayMs: PENDING_MS, ...options });
  const client = createIakClient({ baseUrl: sim.baseUrl, credentials: sim.credentials, timeoutMs });
  return { sim, client };
}

/** IAK wants alphanumeric ref_ids (postpaid rc 03): a ULID-like uppercase id without dashes. */
export function newRef(prefix = 'T'): string {
  return `${prefix}${randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase()}`;
}

let phoneCounter = 0;
/** A fresh 12-digit Telkomsel number ending in `suffix` (the 202 rule forbids reusing number + denom). */
export function telkomselNumber(suffix = ''): string {
  phoneCounter += 1;
  return `0812${String(phoneCounter).padStart(8 - suffix.length, '0')}${suffix}`;
}

/** Polls until `check` returns a value (no wall-clock assertion: only a generous give-up). */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, giveUpMs = 5000): Promise<T> {
  const deadline = Date.now() + giveUpMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/** An IAK-style answer as the tests read it: `{data: {...}}` plus whatever else the route sends. */
export type JsonAnswer = { data: Record<string, unknown> } & Record<string, unknown>;

/** POSTs a raw JSON body to the simulator (for signature vectors and hand-made requests). */
export async function rawPost(baseUrl: string, path: string, body: unknown): Promise<{ status: number; json: JsonAnswer }> {
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : {}) as JsonAnswer };
}
