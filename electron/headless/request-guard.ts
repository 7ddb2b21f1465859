import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The headless server is a local web server holding the outlet's books, so every API call must come
 * from the page we served: the per-run token proves that, and the Host check stops DNS-rebinding
 * pages from reaching 127.0.0.1 through a name they control.
 */
export function hasValidToken(req: IncomingMessage, url: URL, token: string): boolean {
  const header = req.headers['x-loket-token'];
  const presented = typeof header === 'string' ? header : (url.searchParams.get('token') ?? '');
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function hasLocalHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Browsers send Origin on cross-site POSTs; when present it must be our own origin. */
export function hasSameOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
