import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { securityHeaders } from './csp';
import { mimeTypeFor, resolveRendererPath } from './renderer-path';

/**
 * `app://` is registered as a standard, secure scheme so the page gets a real origin (storage,
 * same-origin module scripts) without the extra powers of `file://`. `corsEnabled` and `bypassCSP`
 * stay off: other origins cannot read it and our CSP applies. Must run before `app` is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer; call after `app` is ready. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}

/**
 * The request handler, free of Electron so tests can call it with a plain `Request`. Only GET/HEAD;
 * every answer (errors included) carries the CSP header. A path without an extension that is not a
 * file falls back to index.html, so a reload on a client-side route still shows the app.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const filePath = resolveRendererPath(request.url, rendererDir);
    if (filePath === null) return plain(403, 'Forbidden');

    const served = await readServedFile(filePath, rendererDir);
    if (served === null) return plain(404, 'Not Found');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(served.body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(served.path) },
    });
  };
}

async function readServedFile(filePath: string, rendererDir: string): Promise<{ path: string; body: Buffer } | null> {
  const body = await readOrNull(filePath);
  if (body !== null) return { path: filePath, body };
  if (!isRouteLike(filePath)) return null;
  const index = indexOf(rendererDir);
  const indexBody = await readOrNull(index);
  return indexBody === null ? null : { path: index, body: indexBody };
}

function isRouteLike(filePath: string): boolean {
  return path.extname(filePath) === '';
}

function indexOf(rendererDir: string): string {
  return path.join(path.resolve(rendererDir), 'index.html');
}

async function readOrNull(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch {
    return null;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
