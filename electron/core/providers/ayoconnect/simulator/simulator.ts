import { startSimServer, type FaultTable, type SimRoute } from '../../sim-kit';
import { pathFor, type AyoconnectEndpoint } from '../contract/requests';
import type { AyoconnectCredentials } from '../signing';
import type { AyoconnectSimulatorOptions, SimContext } from './context';
import { handlePayment } from './handle-payment';
import { handleBalance, handleInquiry, handleProducts, handleStatus } from './handle-read';
import { finalise } from './lifecycle';
import { INSPECT_PREFIX, inspectRoutes } from './inspect-routes';
import type { SimRequest, SimResponse } from '../../sim-kit';
import { SimState } from './state';

/**
 * Ayoconnect bill-payment simulator: the documented paths under both /api/v1 and /api/v2, all POST,
 * authenticated by KEY + HS256 TOKEN, with state, pending->final transitions, callbacks and the
 * kit's per-endpoint faults (endpoint names: products, balance, inquiry, payment, status).
 */
export const ayoconnectSandboxCredentials: AyoconnectCredentials = Object.freeze({
  apiKey: 'LOKETSBX01',
  apiSecret: 'loket-ayoconnect-sandbox-secret',
});

export interface AyoconnectSimulator {
  readonly baseUrl: string;
  readonly port: number;
  readonly faults: FaultTable;
  readonly credentials: AyoconnectCredentials;
  /** Path prefix of the inspection routes (transactions, balance, callbacks, resolve). */
  readonly inspectPrefix: string;
  balance(): number;
  setBalance(rupiah: number): void;
  transactions(): Array<Record<string, unknown>>;
  callbacks(): ReadonlyArray<{ refNumber: string; url: string; responseCode: number; delivered: boolean }>;
  /** Ends a pending transaction now (e.g. one on a ....5555 number). False if it was not pending. */
  resolve(refNumber: string, outcome: 'success' | 'failed'): boolean;
  close(): Promise<void>;
}

export async function startAyoconnectSimulator(options: AyoconnectSimulatorOptions = {}): Promise<AyoconnectSimulator> {
  const credentials = options.credentials ?? ayoconnectSandboxCredentials;
  const ctx: SimContext = {
    state: new SimState(options.initialBalance ?? 5_000_000),
    credentials,
    now: options.now ?? Date.now,
    pendingDelayMs: options.pendingDelayMs ?? 300,
    inquiryTtlMs: options.inquiryTtlMs ?? 15 * 60_000,
    repeatWindowMs: options.repeatWindowMs ?? 30 * 60_000,
    ...(options.callbackUrl ? { callbackUrl: options.callbackUrl } : {}),
    callbackAttempts: options.callbackAttempts ?? 5,
    callbackRetryDelayMs: options.callbackRetryDelayMs ?? 200,
    timers: new Set(),
    closed: false,
  };

  const handlers: Record<AyoconnectEndpoint, (req: SimRequest) => SimResponse> = {
    products: (req) => handleProducts(ctx, req),
    balance: (req) => handleBalance(ctx, req),
    inquiry: (req) => handleInquiry(ctx, req),
    payment: (req) => handlePayment(ctx, req),
    status: (req) => handleStatus(ctx, req),
  };
  const apiRoutes: SimRoute[] = (Object.keys(handlers) as AyoconnectEndpoint[]).flatMap((endpoint) =>
    (['1.0', '2.0'] as const).map((version) => ({ method: 'POST', path: pathFor(endpoint, version), endpoint, handle: handlers[endpoint] })),
  );

  const server = await startSimServer({
    routes: [...apiRoutes, ...inspectRoutes(ctx)],
    ...(options.port !== undefined ? { port: options.port } : {}),
    notFound: () => ({ status: 404, json: { responseCode: 404, success: false, message: { ID: 'Halaman tidak ditemukan', EN: 'Not found' }, data: {} } }),
  });

  return {
    baseUrl: server.baseUrl,
    port: server.port,
    faults: server.faults,
    credentials,
    inspectPrefix: INSPECT_PREFIX,
    balance: () => ctx.state.balance,
    setBalance: (rupiah) => {
      ctx.state.balance = rupiah;
    },
    transactions: () => ctx.state.snapshot(),
    callbacks: () => ctx.state.callbacks,
    resolve: (refNumber, outcome) => {
      const tx = ctx.state.transactions.get(refNumber);
      return tx ? finalise(ctx, tx, outcome) : false;
    },
    close: async () => {
      ctx.closed = true;
      for (const timer of ctx.timers) clearTimeout(timer);
      ctx.timers.clear();
      await server.close();
    },
  };
}
