import { startSimServer, type FaultTable, type SimRoute } from '../../sim-kit';
import { klikooSandboxCredentials } from '../sandbox-credentials';
import { KLIKOO_BASE_PREFIX, publicKeyOf } from '../signing';
import type { KlikooCredentials } from '../types';
import { guarded, handleAccessToken } from './auth';
import type { SimContext, SimOptions } from './context';
import { inspectRoutes, INSPECT_PREFIX } from './routes-inspect';
import { handleAuthSignatureHelper, handleSignatureHelper } from './routes-helpers';
import { handleBalance, handleProducts } from './routes-catalogue';
import { handlePostpaidInquiry, handlePrepaidInquiry } from './routes-inquiry';
import { DETAIL_PATH, handleBuy, handleDetail, handleHistory } from './routes-transactions';
import { Settlement } from './settlement';
import { KlikooSimState, type SimTransaction } from './state';

export interface KlikooSimulatorOptions {
  port?: number;
  /** The partner the simulator knows; it verifies with the PUBLIC half of `privateKeyPem` only. */
  credentials?: KlikooCredentials;
  pendingDelayMs?: number;
  /** Deposit in rupiah (default 5.000.000). */
  initialBalance?: number;
  /** Where purchase callbacks go (Klikoo's team configures it per partner). */
  callbackUrl?: string;
  tokenTtlSeconds?: number;
  maxClockSkewMs?: number;
  inquiryTtlMs?: number;
  /** Simulator clock (token expiry, timestamps, inquiries); defaults to Date.now. */
  now?: () => number;
}

export interface KlikooSimulator {
  /** What the client takes as baseUrl: `http://127.0.0.1:<port>/klikoo-b2b`. */
  readonly baseUrl: string;
  /** Server root, where /__sim/faults and /__sim-state/klikoo/* live. */
  readonly origin: string;
  readonly port: number;
  readonly faults: FaultTable;
  readonly credentials: KlikooCredentials;
  readonly inspectUrl: string;
  balance(): number;
  transactions(): readonly SimTransaction[];
  tokensIssued(): number;
  setCallbackUrl(url: string | undefined): void;
  close(): Promise<void>;
}

const api = (path: string): string => `${KLIKOO_BASE_PREFIX}/v1/open-api${path}`;

export async function startKlikooSimulator(options: KlikooSimulatorOptions = {}): Promise<KlikooSimulator> {
  const credentials = options.credentials ?? klikooSandboxCredentials;
  const state = new KlikooSimState(options.initialBalance ?? 5_000_000);
  const simOptions: SimOptions = {
    pendingDelayMs: options.pendingDelayMs ?? 300,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 900,
    maxClockSkewMs: options.maxClockSkewMs ?? 5 * 60_000,
    inquiryTtlMs: options.inquiryTtlMs ?? 30 * 60_000,
  };
  const settlement = new Settlement(state, () => simOptions.pendingDelayMs, options.callbackUrl);
  const ctx: SimContext = {
    state,
    credentials,
    publicKeyPem: publicKeyOf(credentials.privateKeyPem),
    now: options.now ?? Date.now,
    options: simOptions,
    schedule: (tx) => settlement.schedule(tx),
    settle: (tx, status, reason) => settlement.settle(tx, status, reason),
  };
  const routes: SimRoute[] = [
    { method: 'POST', path: api('/access-token'), endpoint: 'access-token', handle: handleAccessToken(ctx) },
    { method: 'POST', path: api('/auth-signature'), endpoint: 'auth-signature', handle: handleAuthSignatureHelper() },
    { method: 'POST', path: api('/signature'), endpoint: 'signature', handle: handleSignatureHelper(ctx) },
    { method: 'GET', path: api('/balance'), endpoint: 'balance', handle: guarded(ctx, handleBalance(ctx)) },
    { method: 'POST', path: api('/products'), endpoint: 'products', handle: guarded(ctx, handleProducts()) },
    { method: 'POST', path: api('/products/inquiry'), endpoint: 'inquiry', handle: guarded(ctx, handlePrepaidInquiry()) },
    { method: 'POST', path: api('/products/buy'), endpoint: 'buy', handle: guarded(ctx, handleBuy(ctx)) },
    { method: 'POST', path: api('/transactions/inquiry-postpaid'), endpoint: 'inquiry-postpaid', handle: guarded(ctx, handlePostpaidInquiry(ctx)) },
    { method: 'GET', path: api('/transactions'), endpoint: 'transactions', handle: guarded(ctx, handleHistory(ctx)) },
    { method: 'GET', path: DETAIL_PATH, endpoint: 'transaction-detail', handle: guarded(ctx, handleDetail(ctx)) },
    ...inspectRoutes(ctx, settlement),
  ];
  const server = await startSimServer({
    routes,
    port: options.port,
    // Klikoo's backend is Go: an unknown path gets net/http's plain 404.
    notFound: () => ({ status: 404, text: '404 page not found', contentType: 'text/plain; charset=utf-8' }),
  });
  return {
    baseUrl: `${server.baseUrl}${KLIKOO_BASE_PREFIX}`,
    origin: server.baseUrl,
    port: server.port,
    faults: server.faults,
    credentials,
    inspectUrl: `${server.baseUrl}${INSPECT_PREFIX}`,
    balance: () => state.balance,
    transactions: () => state.list(),
    tokensIssued: () => state.tokensIssued,
    setCallbackUrl: (url) => {
      settlement.callbackUrl = url;
    },
    async close() {
      await settlement.close();
      await server.close();
    },
  };
}
