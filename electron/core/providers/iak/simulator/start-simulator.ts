import { deliverCallback, startSimServer, type FaultTable } from '../../sim-kit';
import { POSTPAID_PRODUCTS, PREPAID_PRODUCTS, type IakPostpaidCatalogItem, type IakPrepaidCatalogItem } from '../catalog';
import { IAK_SANDBOX_CREDENTIALS } from '../sandbox-credentials';
import { signRefId, type IakCredentials } from '../signing';
import type { IakSimContext } from './context';
import { SimDeposit } from './deposit';
import { inspectRoutes, resolveSale, transactionViews, type SimTransactionView } from './inspect-routes';
import { PostpaidBook } from './postpaid-book';
import { postpaidRoutes } from './postpaid-routes';
import { PrepaidBook, type SimPrepaidTxn } from './prepaid-book';
import { prepaidRoutes } from './prepaid-routes';
import { SimScheduler } from './scheduler';
import { callbackBody, prepaidError } from './wire';

export interface IakSimulatorOptions {
  port?: number;
  credentials?: IakCredentials;
  /** How long a top-up (and a pending bill payment) stays in process. Default 300 ms. */
  pendingDelayMs?: number;
  /** Deposit at start, rupiah. Default 10.000.000. */
  initialBalance?: number;
  /** Where prepaid callbacks go (success / failed only, as IAK sends them). */
  callbackUrl?: string;
  /** Field names of the callback: 2 (product_code, customer_id; default) or 1 (code, hp). */
  callbackVersion?: 1 | 2;
  /** Inquiry lifetime before pay-pasca answers 04 BILLING ID EXPIRED. Default 30 minutes. */
  inquiryTtlMs?: number;
  /** IAK's default "one number, one denomination, once a day" rule (rc 202). Default true. */
  sameNumberDailyLimit?: boolean;
  /** HTTP status of business errors: 200 (default) or 400. */
  errorHttpStatus?: 200 | 400;
  /** Price-list shape: `{data:{pricelist:[…]}}` (default) or the docs' bare `{data:[…]}`. */
  pricelistShape?: 'wrapped' | 'array';
  prepaidProducts?: readonly IakPrepaidCatalogItem[];
  postpaidProducts?: readonly IakPostpaidCatalogItem[];
}

export interface IakSimulator {
  readonly baseUrl: string;
  readonly port: number;
  readonly faults: FaultTable;
  readonly credentials: IakCredentials;
  balance(): number;
  transactions(): SimTransactionView[];
  /** The sandbox report's SUCCESS / FAILED button for a sale still pending. */
  resolve(refId: string, final: 'success' | 'failed'): boolean;
  setCallbackUrl(url: string | undefined): void;
  resendCallback(refId: string): Promise<boolean>;
  /** Resolves when every callback delivery started so far has finished (delivered or given up). */
  callbacksSettled(): Promise<void>;
  close(): Promise<void>;
}

/** Prepaid and postpaid are served on one port: the paths do not collide. */
export async function startIakSimulator(options: IakSimulatorOptions = {}): Promise<IakSimulator> {
  const credentials = { ...(options.credentials ?? IAK_SANDBOX_CREDENTIALS) };
  const pendingDelayMs = options.pendingDelayMs ?? 300;
  let callbackUrl = options.callbackUrl;
  const deliveries = new Set<Promise<boolean>>();
  const deposit = new SimDeposit(options.initialBalance ?? 10_000_000);
  const scheduler = new SimScheduler(() => ctx.settle());
  const prepaidCatalog = options.prepaidProducts ?? PREPAID_PRODUCTS;
  const postpaidCatalog = options.postpaidProducts ?? POSTPAID_PRODUCTS;

  const sendCallback = (txn: SimPrepaidTxn): Promise<boolean> => {
    if (!callbackUrl || scheduler.isClosed || txn.status === 0) return Promise.resolve(false);
    const body = JSON.stringify(callbackBody(txn, signRefId(credentials, txn.refId), options.callbackVersion ?? 2));
    const delivery = deliverCallback(callbackUrl, body, { 'Content-Type': 'application/json' });
    deliveries.add(delivery);
    void delivery.finally(() => deliveries.delete(delivery));
    return delivery;
  };

  const prepaid = new PrepaidBook(
    new Map(prepaidCatalog.map((p) => [p.product_code, p])),
    deposit,
    scheduler,
    { pendingDelayMs, sameNumberDailyLimit: options.sameNumberDailyLimit ?? true },
    (txn) => void sendCallback(txn),
  );
  const postpaid = new PostpaidBook(new Map(postpaidCatalog.map((p) => [p.code, p])), deposit, scheduler, {
    pendingDelayMs,
    inquiryTtlMs: options.inquiryTtlMs ?? 30 * 60_000,
  });
  const ctx: IakSimContext = {
    credentials,
    deposit,
    prepaid,
    postpaid,
    prepaidCatalog,
    postpaidCatalog,
    errorHttpStatus: options.errorHttpStatus ?? 200,
    pricelistShape: options.pricelistShape ?? 'wrapped',
    settle() {
      const now = Date.now();
      prepaid.settleDue(now);
      postpaid.settleDue(now);
    },
    resendCallback(refId) {
      const txn = prepaid.find(refId);
      return txn ? sendCallback(txn) : Promise.resolve(false);
    },
  };

  const server = await startSimServer({
    routes: [...prepaidRoutes(ctx), ...postpaidRoutes(ctx), ...inspectRoutes(ctx)],
    ...(options.port !== undefined ? { port: options.port } : {}),
    notFound: () => ({ status: 404, json: prepaidError('117') }),
  });

  return {
    baseUrl: server.baseUrl,
    port: server.port,
    faults: server.faults,
    credentials,
    balance: () => (ctx.settle(), deposit.balance),
    transactions: () => (ctx.settle(), transactionViews(ctx)),
    resolve: (refId, final) => (ctx.settle(), resolveSale(ctx, refId, final)),
    setCallbackUrl: (url) => {
      callbackUrl = url;
    },
    resendCallback: (refId) => ctx.resendCallback(refId),
    callbacksSettled: async () => {
      while (deliveries.size > 0) await Promise.allSettled([...deliveries]);
    },
    close: async () => {
      scheduler.close();
      await server.close();
    },
  };
}
