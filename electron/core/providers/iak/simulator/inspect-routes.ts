import { readJson, type SimRequest, type SimRoute } from '../../sim-kit';
import type { IakSimContext } from './context';

/**
 * Read-only inspection for tests in other processes, plus the sandbox-report controls IAK's own dev
 * environment has (resolve a pending sale by hand, top up the dev deposit, resend a callback).
 * They live under /__sim-state/iak/ because the kit keeps /__sim/ for its fault control.
 */
export interface SimTransactionView {
  kind: 'prepaid' | 'postpaid';
  ref_id: string;
  tr_id: number;
  status: 'pending' | 'success' | 'failed' | 'unpaid' | 'inquiry_failed';
  rc: string;
  /** What this sale costs our deposit: product price (prepaid) or selling price (postpaid). */
  amount: number;
  product_code: string;
  customer_id: string;
  sn?: string;
  created_at: string;
}

export function transactionViews(ctx: IakSimContext): SimTransactionView[] {
  const prepaid = [...ctx.prepaid.txns.values()].map((t): SimTransactionView => ({
    kind: 'prepaid',
    ref_id: t.refId,
    tr_id: t.trId,
    status: t.status === 0 ? 'pending' : t.status === 1 ? 'success' : 'failed',
    rc: t.rc,
    amount: t.price,
    product_code: t.productCode,
    customer_id: t.customerId,
    ...(t.sn ? { sn: t.sn } : {}),
    created_at: new Date(t.createdAt).toISOString(),
  }));
  const postpaid = [...ctx.postpaid.byRef.values()].map((t): SimTransactionView => ({
    kind: 'postpaid',
    ref_id: t.refId,
    tr_id: t.trId,
    status: t.inquiryRc !== '00' ? 'inquiry_failed' : t.pay,
    rc: t.inquiryRc !== '00' ? t.inquiryRc : (t.payRc ?? '42'),
    amount: t.bill?.sellingPrice ?? 0,
    product_code: t.code,
    customer_id: t.hp,
    ...(t.noref ? { sn: t.noref } : {}),
    created_at: new Date(t.createdAt).toISOString(),
  }));
  return [...prepaid, ...postpaid];
}

export function resolveSale(ctx: IakSimContext, refId: string, final: 'success' | 'failed'): boolean {
  return Boolean(ctx.prepaid.resolve(refId, final) ?? ctx.postpaid.resolve(refId, final, Date.now()));
}

function body(req: SimRequest): Record<string, unknown> {
  const value = readJson(req, () => ({ status: 400, json: { error: 'body must be JSON' } }));
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export function inspectRoutes(ctx: IakSimContext): SimRoute[] {
  const base = '/__sim-state/iak';
  return [
    {
      method: 'GET',
      path: `${base}/transactions`,
      endpoint: 'sim-state',
      handle: () => (ctx.settle(), { status: 200, json: { transactions: transactionViews(ctx) } }),
    },
    { method: 'GET', path: `${base}/balance`, endpoint: 'sim-state', handle: () => (ctx.settle(), { status: 200, json: { balance: ctx.deposit.balance } }) },
    {
      method: 'POST',
      path: `${base}/resolve`,
      endpoint: 'sim-state',
      handle(req) {
        const { ref_id: refId, status } = body(req);
        if (typeof refId !== 'string' || (status !== 'success' && status !== 'failed')) {
          return { status: 400, json: { error: 'expected {ref_id, status: "success"|"failed"}' } };
        }
        ctx.settle();
        return resolveSale(ctx, refId, status) ? { status: 200, json: { resolved: refId, status } } : { status: 409, json: { error: 'no pending sale with that ref_id' } };
      },
    },
    {
      method: 'POST',
      path: `${base}/reprocess`,
      endpoint: 'sim-state',
      handle(req) {
        const { ref_id: refId } = body(req);
        if (typeof refId !== 'string') return { status: 400, json: { error: 'expected {ref_id}' } };
        ctx.settle();
        return ctx.prepaid.reprocess(refId) ? { status: 200, json: { reprocessed: refId } } : { status: 409, json: { error: 'no failed prepaid sale with that ref_id' } };
      },
    },
    {
      method: 'POST',
      path: `${base}/deposit`,
      endpoint: 'sim-state',
      handle(req) {
        const { amount } = body(req);
        if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) return { status: 400, json: { error: 'expected {amount: positive integer}' } };
        ctx.deposit.add(amount);
        return { status: 200, json: { balance: ctx.deposit.balance } };
      },
    },
    {
      method: 'POST',
      path: `${base}/callback`,
      endpoint: 'sim-state',
      async handle(req) {
        const { ref_id: refId } = body(req);
        if (typeof refId !== 'string') return { status: 400, json: { error: 'expected {ref_id}' } };
        return { status: 200, json: { delivered: await ctx.resendCallback(refId) } };
      },
    },
  ];
}
