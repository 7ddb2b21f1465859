import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  klikooSigning as s,
  createKlikooClient,
  startKlikooSimulator,
  type KlikooClient,
  type KlikooSimulator,
  type KlikooSimulatorOptions,
} from '../../../../electron/core/providers/klikoo';

export interface Pair {
  sim: KlikooSimulator;
  client: KlikooClient;
}

export async function startPair(options: KlikooSimulatorOptions = {}, timeoutMs = 300): Promise<Pair> {
  const sim = await startKlikooSimulator({ port: 0, pendingDelayMs: 30, ...options });
  const client = createKlikooClient({ baseUrl: sim.baseUrl, credentials: sim.credentials, timeoutMs, now: options.now });
  return { sim, client };
}

export const ref = (): string => randomUUID();

/** Polls until `check` returns a value (or throws after `attempts`); no wall-clock assertions. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, attempts = 200, everyMs = 10): Promise<T> {
  for (let i = 0; i < attempts; i += 1) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error('condition not met in time');
}

/** A partner-side callback receiver on 127.0.0.1 that records every body it gets. */
export async function startCallbackReceiver(): Promise<{ url: string; bodies: string[]; close(): Promise<void> }> {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"status":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/klikoo/callback`,
    bodies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function simJson(sim: KlikooSimulator, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${sim.origin}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}

/** Gets a token the documented way and sends one hand-built, correctly signed request. */
export async function rawSigned(
  sim: KlikooSimulator,
  method: 'GET' | 'POST',
  apiPath: string,
  rawBody = '',
): Promise<{ status: number; body: { response_code: string; response_message: string; data?: unknown } }> {
  const { clientId, clientSecret, privateKeyPem } = sim.credentials;
  const tsToken = s.formatKlikooTimestamp(Date.now());
  const tokenRes = await fetch(`${sim.baseUrl}/v1/open-api/access-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Open-Api-Timestamp': tsToken, 'Open-Api-Signature': s.signAuthSignature(clientId, tsToken, privateKeyPem) },
    body: JSON.stringify({ grant_type: 'client_credentials', additional_info: { client_id: clientId, client_secret: clientSecret } }),
  });
  const token = String(((await tokenRes.json()) as { data: { access_token: string } }).data.access_token);
  const ts = s.formatKlikooTimestamp(Date.now());
  const signature = s.signRequest(clientSecret, { method, path: apiPath.split('?')[0] ?? '', accessToken: token, body: rawBody, timestamp: ts });
  const res = await fetch(`${sim.baseUrl}${apiPath}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Open-Api-Timestamp': ts, 'Open-Api-Signature': signature },
    body: method === 'GET' ? undefined : rawBody,
  });
  return { status: res.status, body: (await res.json()) as { response_code: string; response_message: string; data?: unknown } };
}
