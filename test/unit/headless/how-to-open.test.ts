import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHeadlessServer, type HeadlessServer } from '../../../electron/headless/server';
import { startBanner } from '../../../electron/headless/start-banner';
import { HOW_TO_OPEN_PATH } from '../../../electron/headless/how-to-open-page';
import { openTestCore } from '../../support/core-fixture';

let t: Awaited<ReturnType<typeof openTestCore>>;
let server: HeadlessServer;
let base: string;

beforeEach(async () => {
  t = await openTestCore();
  const rendererDir = join(t.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Loket</title>');
  server = await startHeadlessServer({ core: t.core, port: 0, rendererDir });
  base = `http://127.0.0.1:${server.port}`;
});
afterEach(async () => {
  await server.close();
  await t.close();
});

describe('headless: the page for a browser without the token', () => {
  it('says in Indonesian and English to open the full address printed where `npm run web` runs, without any token', async () => {
    const res = await fetch(`${base}${HOW_TO_OPEN_PATH}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const page = await res.text();
    expect(page).toContain('Buka alamat lengkap yang dicetak di terminal');
    expect(page).toContain('Open the full address printed in the terminal');
    expect(page).toContain('npm run web');
    expect(page).toContain(`${base}/?token=`);
    expect(page).not.toContain(server.token);
    expect(page).not.toMatch(/<script/i);
  });

  it('is answered to HEAD, and refuses other methods as the screens do', async () => {
    expect((await fetch(`${base}${HOW_TO_OPEN_PATH}`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${base}${HOW_TO_OPEN_PATH}`, { method: 'POST' })).status).toBe(405);
  });
});

describe('headless: what the start prints', () => {
  it('keeps the address line first (scripts read it), then every provider\'s mode, then the data folder', () => {
    const lines = startBanner('http://127.0.0.1:5180/?token=abc', '/data', [
      { name: 'IAK', mode: 'sandbox' },
      { name: 'Klikoo', mode: 'live' },
    ]);
    expect(lines[0]).toBe('Loket headless: http://127.0.0.1:5180/?token=abc');
    expect(lines[1]).toBe('Mode penyedia / Provider mode: IAK Sandbox (latihan / training), Klikoo Live (uang sungguhan / real money)');
    expect(lines.at(-1)).toBe('Data: /data');
  });

  it('lets anyone read the modes before sign-in through app:info (what the start prints from)', async () => {
    const info = await t.core.dispatch('app:info', {}, 'nobody-signed-in');
    expect(info.ok).toBe(true);
    const providers = (info as { ok: true; value: { providers: { id: string; mode: string }[] } }).value.providers;
    expect(providers.map((p) => p.id).sort()).toEqual(['ayoconnect', 'iak', 'klikoo', 'mmbc']);
    expect(providers.every((p) => p.mode === 'sandbox')).toBe(true);
  });
});
