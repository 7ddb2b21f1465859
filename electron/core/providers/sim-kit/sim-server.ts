import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultTable, isFaultSpec } from './faults';
import { SimBadRequest, type SimRequest, type SimResponse } from './sim-request';

/**
 * A provider simulator is a set of routes on a real HTTP server on 127.0.0.1. This module gives
 * every simulator the same plumbing: body reading with a size cap, routing, per-endpoint fault
 * injection, and a small control API under /__sim/ (faults) so a test in another process can
 * steer a running simulator.
 */
export interface SimRoute {
  method: string;
  /** Exact path, or a pattern whose groups the handler reads from `req.path`. */
  path: string | RegExp;
  /** Name used to arm faults for this endpoint (e.g. 'topup'). */
  endpoint: string;
  handle(req: SimRequest): SimResponse | Promise<SimResponse>;
}

export interface SimServer {
  readonly baseUrl: string;
  readonly port: number;
  readonly faults: FaultTable;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

export async function startSimServer(options: { routes: SimRoute[]; port?: number; notFound?: () => SimResponse }): Promise<SimServer> {
  const faults = new FaultTable();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, { status: 500, json: { error: String(err) } });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    if (rawBody === null) return void send(res, { status: 413, json: { error: 'body too large' } });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const simReq: SimRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, rawBody };
    if (url.pathname.startsWith('/__sim/')) return void send(res, control(simReq));
    const route = options.routes.find((r) => r.method === simReq.method && matches(r.path, simReq.path));
    if (!route) return void send(res, options.notFound?.() ?? { status: 404, json: { error: 'not found' } });
    const fault = faults.take(route.endpoint);
    if (fault && fault.mode !== 'delay' && fault.when === 'before') return void applyFault(fault.mode, req, res);
    if (fault?.mode === 'delay') await sleep(fault.ms ?? 1000);
    let response: SimResponse;
    try {
      response = await route.handle(simReq);
    } catch (err) {
      if (err instanceof SimBadRequest) response = err.response;
      else throw err;
    }
    if (fault && fault.mode !== 'delay') return void applyFault(fault.mode, req, res);
    send(res, response);
  }

  function control(req: SimRequest): SimResponse {
    if (req.path === '/__sim/faults' && req.method === 'GET') return { status: 200, json: faults.list() };
    if (req.path === '/__sim/faults' && req.method === 'DELETE') {
      faults.clear(req.query.get('endpoint') ?? undefined);
      return { status: 200, json: { cleared: true } };
    }
    if (req.path === '/__sim/faults' && req.method === 'POST') {
      let body: unknown;
      try {
        body = JSON.parse(req.rawBody);
      } catch {
        return { status: 400, json: { error: 'body must be JSON {endpoint, mode, when?, ms?, times?}' } };
      }
      const { endpoint, ...spec } = (body ?? {}) as Record<string, unknown>;
      if (typeof endpoint !== 'string' || !isFaultSpec(spec)) {
        return { status: 400, json: { error: 'expected {endpoint, mode, when?, ms?, times?}' } };
      }
      faults.set(endpoint, spec);
      return { status: 200, json: { armed: endpoint } };
    }
    return { status: 404, json: { error: 'unknown control path' } };
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function applyFault(mode: string, req: IncomingMessage, res: ServerResponse): void {
  switch (mode) {
    case 'no_answer':
      return; // the socket stays open until the client gives up or the server closes
    case 'reset':
      req.socket.destroy();
      return;
    case 'http_500':
      return send(res, { status: 500, text: 'Internal Server Error', contentType: 'text/plain' });
    case 'http_502':
      return send(res, { status: 502, text: '<html><body><h1>502 Bad Gateway</h1></body></html>', contentType: 'text/html' });
    case 'html':
      return send(res, { status: 200, text: '<!DOCTYPE html><html><body>Silakan login ke hotspot</body></html>', contentType: 'text/html' });
    case 'malformed_json':
      return send(res, { status: 200, text: '{"data": {"status": "SUC', contentType: 'application/json' });
  }
}

function send(res: ServerResponse, response: SimResponse): void {
  const body = response.bytes ?? Buffer.from(response.text ?? JSON.stringify(response.json ?? {}), 'utf8');
  const contentType = response.contentType ?? (response.bytes || response.text !== undefined ? 'text/plain; charset=utf-8' : 'application/json');
  res.writeHead(response.status, { 'Content-Type': contentType, 'Content-Length': body.length, ...response.headers });
  res.end(body);
}

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
