import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, handleAppProtocol, registerAppScheme } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { mimeTypeFor, resolveRendererPath } from '../../../electron/main/renderer-path';
import * as fake from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

const INDEX_HTML = '<!doctype html><title>Loket</title>';
let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'loket-protocol-'));
  root = path.join(base, 'out', 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  // Files next to the renderer that must never be served.
  writeFileSync(path.join(base, 'out', 'secret.txt'), 'secret');
  writeFileSync(path.join(base, 'loket.db'), 'ledger');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

describe('app:// protocol responses', () => {
  it('serves the built renderer with the strict CSP header', async () => {
    const response = await get('app://loket/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Loket</title>');
  });

  it('uses exactly the policy of the design', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'",
    );
  });

  it.each([
    ['app://loket/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://loket/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['app://loket/assets/logo.svg', 'image/svg+xml'],
    ['app://loket/', 'text/html; charset=utf-8'],
  ])('serves %s as %s, with the CSP header', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('falls back to index.html for a client-side route, not for a missing asset', async () => {
    const route = await get('app://loket/sales/pulsa');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const missing = await get('app://loket/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://loket/../../etc/passwd',
    'app://loket/%2e%2e/%2e%2e/etc/passwd',
    'app://loket/..%2f..%2fsecret.txt',
    'app://loket/..%2F..%2Floket.db',
    'app://loket/assets/..%2f..%2fsecret.txt',
    'app://loket/..%5c..%5csecret.txt',
    'app://loket/%2e%2e%5csecret.txt',
    'app://loket/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://loket/%252e%252e/secret.txt',
    'app://loket/index.html%00.js',
    'app://loket/C:%5cWindows%5cwin.ini',
    'app://loket/%E0%A4%A',
  ])('never serves a file outside the renderer for %s', async (url) => {
    const response = await get(url);
    const body = await response.text();
    // The URL parser folds a plain `/../` into the root, so `/../../etc/passwd` asks for
    // <root>/etc/passwd: missing, so the route fallback answers index.html. Anything else is refused.
    if (response.status === 200) expect(body).toBe(INDEX_HTML);
    else expect([403, 404]).toContain(response.status);
    expect(body).not.toContain('secret');
    expect(body).not.toContain('ledger');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['app://loket.evil/index.html', 'app://other/index.html'])('refuses another host: %s', async (url) => {
    expect((await get(url)).status).toBe(403);
  });

  it('refuses a URL with credentials', () => {
    expect(resolveRendererPath('app://evil@loket/index.html', root)).toBeNull();
    expect(resolveRendererPath('app://a:b@loket/index.html', root)).toBeNull();
  });

  it('keeps the plain ../ of a URL inside the root', async () => {
    const response = await get('app://loket/../secret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://loket/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://loket/index.html', 'POST')).status).toBe(405);
  });
});

describe('resolveRendererPath', () => {
  it('keeps every resolved path inside the root', () => {
    expect(resolveRendererPath('app://loket/assets/a.js', '/r')).toBe(path.resolve('/r/assets/a.js'));
    expect(resolveRendererPath('app://loket/', '/r')).toBe(path.resolve('/r/index.html'));
    expect(resolveRendererPath('app://loket//etc/passwd', '/r')).toBe(path.resolve('/r/etc/passwd'));
    expect(resolveRendererPath('app://loket/..%2f..%2fetc%2fpasswd', '/r')).toBeNull();
    expect(resolveRendererPath('not a url', '/r')).toBeNull();
  });

  it('knows the types the renderer build emits', () => {
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.PNG')).toBe('image/png');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('scheme registration', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('registers app:// as standard and secure, without CORS or CSP bypass', () => {
    registerAppScheme();
    expect(fake.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs the handler for app://', async () => {
    fake.app.ready = true;
    handleAppProtocol(root);
    const handler = fake.protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://loket/index.html'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
