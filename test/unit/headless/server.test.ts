import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEADLESS_SESSION, startHeadlessServer, type HeadlessServer } from '../../../electron/headless/server';
import { openTestCore } from '../../support/core-fixture';
import { signInOwner } from '../../support/sessions';

let t: Awaited<ReturnType<typeof openTestCore>>;
let server: HeadlessServer;
let base: string;

beforeEach(async () => {
  t = await openTestCore();
  // The browser and API callers holding the token share one session: the owner signs in on it.
  await signInOwner(t.core, HEADLESS_SESSION);
  const rendererDir = join(t.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Loket</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(t.dir, 'secret.txt'), 'do not serve');
  server = await startHeadlessServer({ core: t.core, port: 0, rendererDir });
  base = `http://127.0.0.1:${server.port}`;
});
afterEach(async () => {
  await server.close();
  await t.close();
});

function api(channel: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Loket-Token': server.token, ...headers },
    body,
  });
}

async function drawer(): Promise<number> {
  const res = await api('ledger:balances', '{}');
  const json = (await res.json()) as { value: { accounts: { code: string; balance: number }[] } };
  return json.value.accounts.find((a) => a.code === 'cash_drawer')?.balance ?? NaN;
}

/** Raw request, for headers fetch() will not let us forge (Host). */
function rawGet(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('headless server', () => {
  it('prints a loopback URL carrying its per-run token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the contract: a valid call changes the ledger', async () => {
    const res = await api('ledger:recordOpeningCash', JSON.stringify({ requestId: 'req-000001', amount: 'Rp 250.000' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, value: { entryId: 1, duplicate: false } });
    expect(await drawer()).toBe(250_000);
  });

  it.each([
    ['a wrong token', () => api('ledger:recordOpeningCash', JSON.stringify({ requestId: 'req-000002', amount: '1000' }), { 'X-Loket-Token': 'wrong' }), 401, 'unauthorized'],
    ['no token', () => fetch(`${base}/api/ledger:balances`, { method: 'POST', body: '{}' }), 401, 'unauthorized'],
    ['an unknown channel', () => api('ledger:dropTables', '{}'), 404, 'unknown_channel'],
    ['bad JSON', () => api('ledger:recordOpeningCash', '{"requestId": "req-000003", amount'), 400, 'invalid_input'],
    ['an oversized body', () => api('ledger:recordOpeningCash', JSON.stringify({ requestId: 'req-000004', amount: '1000', note: 'x'.repeat(100_000) })), 413, 'invalid_input'],
    ['a bad amount', () => api('ledger:recordOpeningCash', JSON.stringify({ requestId: 'req-000005', amount: 'abc' })), 400, 'invalid_input'],
    ['GET on a channel', () => fetch(`${base}/api/ledger:balances`, { headers: { 'X-Loket-Token': server.token } }), 405, 'invalid_input'],
    ['a foreign Origin', () => api('ledger:recordOpeningCash', JSON.stringify({ requestId: 'req-000006', amount: '1000' }), { Origin: 'http://evil.example' }), 403, 'unauthorized'],
    ['a form post (urlencoded)', () => api('ledger:recordOpeningCash', 'requestId=req-000009&amount=1000', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415, 'invalid_input'],
    ['a text/plain body holding JSON', () => api('ledger:recordOpeningCash', JSON.stringify({ requestId: 'req-000010', amount: '1000' }), { 'Content-Type': 'text/plain' }), 415, 'invalid_input'],
    ['a multipart form post', () => api('ledger:recordOpeningCash', '--x\r\n', { 'Content-Type': 'multipart/form-data; boundary=x' }), 415, 'invalid_input'],
    ['a body without a Content-Type', () => fetch(`${base}/api/ledger:recordOpeningCash`, { method: 'POST', headers: { 'X-Loket-Token': server.token }, body: new Uint8Array(Buffer.from('{"requestId":"req-000011","amount":"1000"}')) }), 415, 'invalid_input'],
    ['a malformed escape in the channel', () => api('%E0%A4%A', '{}'), 400, 'invalid_input'],
  ])('refuses %s with a clear error and changes nothing', async (_name, call, status, code) => {
    const res = await call();
    expect(res.status).toBe(status);
    const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
    expect(await drawer()).toBe(0);
  });

  it('accepts JSON with a charset parameter', async () => {
    const res = await api('ledger:recordOpeningCash', JSON.stringify({ requestId: 'req-000012', amount: '1000' }), { 'Content-Type': 'Application/JSON; charset=utf-8' });
    expect(res.status).toBe(200);
  });

  it('answers a malformed escape with a JSON Result and writes no stack to stderr', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await api('ledger:%E0%A4%A', '{}');
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(await res.json()).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/tidak valid/) } });
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect(await rawGet('/', 'attacker.example:80')).toBe(421);
    expect(await rawGet('/', `localhost:${server.port}`)).toBe(200);
  });

  it('serves the renderer with a strict CSP and falls back to index.html for app routes', async () => {
    const res = await fetch(`${base}/riwayat`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<title>Loket</title>');
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt'])(
    'never serves files outside the renderer folder (%s)',
    async (path) => {
      const res = await new Promise<string>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: server.port, path, headers: { Host: `127.0.0.1:${server.port}` } }, (r) => {
          let body = '';
          r.on('data', (c: Buffer) => (body += c.toString()));
          r.on('end', () => resolve(body));
        });
        req.on('error', reject);
        req.end();
      });
      expect(res).not.toContain('do not serve');
    },
  );

  it('pushes core events to the event stream', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events?token=${server.token}`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    await api('ledger:recordOpeningCash', JSON.stringify({ requestId: 'req-000007', amount: '1000' }));
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('data: {"event":"ledger:changed","payload":{"entryId":1}}\n\n');
    controller.abort();
  });

  it('keeps the books across a restart on the same data dir', async () => {
    await api('ledger:recordOpeningCash', JSON.stringify({ requestId: 'req-000008', amount: '75.000' }));
    await server.close();
    await t.core.close();
    const reopened = await openTestCore(t.dir);
    await signInOwner(reopened.core, HEADLESS_SESSION);
    server = await startHeadlessServer({ core: reopened.core, port: 0 });
    base = `http://127.0.0.1:${server.port}`;
    expect(await drawer()).toBe(75_000);
    const removeDir = t.close;
    t = { ...reopened, close: async () => { await reopened.core.close(); await removeDir(); } };
  });
});
