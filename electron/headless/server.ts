import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../core/api/contract';
import type { Core } from '../core/app/core';
import { EXPORT_FILE_ROUTE, serveExportFile } from './export-download';
import { readBody } from './read-body';
import { HOW_TO_OPEN_CSP, HOW_TO_OPEN_PATH, howToOpenPage } from './how-to-open-page';
import { hasLocalHost, hasSameOrigin, hasValidToken } from './request-guard';
import { loadStatic, RENDERER_CSP } from './static-files';

export interface HeadlessOptions {
  core: Core;
  /** 0 picks a free port. */
  port?: number;
  /** Defaults to a fresh random token per run. */
  token?: string;
  /** Folder of the built renderer (out/renderer); API-only when absent. */
  rendererDir?: string;
}

export interface HeadlessServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * The same contract as the Electron IPC, over HTTP on 127.0.0.1: POST /api/<channel> with a JSON
 * body, answered with the same Result. Used for development, browser tests and machines without
 * Electron. Every refusal is a JSON Result with a clear message and changes nothing.
 */
export async function startHeadlessServer(options: HeadlessOptions): Promise<HeadlessServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  const streams = new Set<ServerResponse>();
  const unsubscribe = options.core.onEvent((event, payload) => {
    const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const res of streams) res.write(line);
  });

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[loket] headless request failed:', err);
      if (!res.headersSent) reply(res, 500, fail('internal', 'Terjadi kesalahan di server lokal.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hasLocalHost(req, port)) return reply(res, 421, fail('unauthorized', 'Host tidak diizinkan.'));
    if (url.pathname === HOW_TO_OPEN_PATH) return serveHowToOpen(req, res);
    if (!url.pathname.startsWith('/api/')) return serveStatic(req, res, url);
    if (!hasSameOrigin(req, port)) return reply(res, 403, fail('unauthorized', 'Asal permintaan tidak diizinkan.'));
    if (!hasValidToken(req, url, token)) return reply(res, 401, fail('unauthorized', 'Token sesi tidak valid. Buka alamat lengkap yang dicetak saat server dimulai.'));
    if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(res);
    if (url.pathname.startsWith(EXPORT_FILE_ROUTE) && req.method === 'GET') return serveExportFile(options.core, HEADLESS_SESSION, res, url.pathname.slice(EXPORT_FILE_ROUTE.length));
    if (req.method !== 'POST') return reply(res, 405, fail('invalid_input', 'Gunakan POST untuk perintah API.'));
    // A cross-site <form> can only send form or text bodies: requiring JSON means it cannot even be sent.
    if (!isJson(req)) return reply(res, 415, fail('invalid_input', 'Perintah API harus dikirim sebagai Content-Type: application/json.'));
    const channel = decodeChannel(url.pathname.slice('/api/'.length));
    if (channel === null) return reply(res, 400, fail('invalid_input', 'Alamat perintah API tidak valid.'));
    const body = await readBody(req);
    if (!body.ok) return reply(res, 413, fail('invalid_input', 'Permintaan terlalu besar.'));
    let input: unknown;
    try {
      input = body.text.trim() === '' ? {} : JSON.parse(body.text);
    } catch {
      return reply(res, 400, fail('invalid_input', 'Isi permintaan bukan JSON yang valid.'));
    }
    const result = await options.core.dispatch(channel, input, HEADLESS_SESSION);
    reply(res, statusFor(result), result);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, fail('invalid_input', 'Metode tidak diizinkan.'));
    const file = options.rendererDir ? await loadStatic(options.rendererDir, url.pathname) : null;
    if (!file) return reply(res, 404, fail('not_found', 'Halaman tidak ditemukan. Jalankan `npm run web` agar tampilan dibangun.'));
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': RENDERER_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  // No token needed: it is where a browser without one is sent, and it shows no data.
  function serveHowToOpen(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, fail('invalid_input', 'Metode tidak diizinkan.'));
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': HOW_TO_OPEN_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : howToOpenPage(`http://127.0.0.1:${port}`));
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const res of streams) res.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Everyone holding this run's token is one session: the browser tab the URL was opened in (and any
 * other tab opened from it) shares one signed-in user, as one Electron window does.
 */
export const HEADLESS_SESSION = 'headless';

const STATUS_BY_CODE: Record<string, number> = {
  setup_required: 409,
  signed_out: 401,
  wrong_pin: 401,
  locked: 429,
  forbidden: 403,
  unknown_channel: 404,
  invalid_input: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  insufficient_funds: 422,
  internal: 500,
};

function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'] ?? '';
  return type.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** A malformed escape (`%E0%A4%A`) is the caller's mistake: answered 400, never thrown. */
function decodeChannel(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function statusFor(result: Result<unknown>): number {
  return result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 400);
}

function fail(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
