import type { SimRequest, SimResponse, SimRoute } from '../../sim-kit';
import type { SimContext } from './context';
import { txTime } from './respond';
import type { Settlement } from './settlement';

/**
 * Read-only inspection and a few test controls for other processes, under /__sim-state/klikoo/
 * (the kit keeps /__sim/ for its fault API). Not part of Klikoo's API.
 */
export const INSPECT_PREFIX = '/__sim-state/klikoo';

function parseJson(req: SimRequest): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(req.rawBody || '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function inspectRoutes(ctx: SimContext, settlement: Settlement): SimRoute[] {
  const { state } = ctx;
  const settle = (req: SimRequest): SimResponse => {
    const body = parseJson(req);
    const status = body?.status;
    if (!body || (status !== 'SUCCESS' && status !== 'FAILED')) {
      return { status: 400, json: { error: 'expected {transaction_id | partner_reference_id, status: SUCCESS|FAILED, reason?}' } };
    }
    const tx = state.transactions.get(String(body.transaction_id ?? '')) ?? state.byReference.get(String(body.partner_reference_id ?? ''));
    if (!tx) return { status: 404, json: { error: 'transaction not found' } };
    if (tx.status !== 'PENDING') return { status: 409, json: { error: `transaction already ${tx.status}` } };
    ctx.settle(tx, status, typeof body.reason === 'string' ? body.reason : undefined);
    return { status: 200, json: { transaction_id: tx.transactionId, status: tx.status } };
  };
  return [
    {
      method: 'GET',
      path: `${INSPECT_PREFIX}/transactions`,
      endpoint: 'sim-state',
      handle: () => ({
        status: 200,
        json: state.list().map((tx) => ({
          transaction_id: tx.transactionId,
          partner_reference_id: tx.partnerReferenceId,
          status: tx.status,
          amount: tx.cost,
          product_code: tx.product.code,
          value: tx.value,
          sn: tx.sn,
          created_at: txTime(tx.createdAt),
        })),
      }),
    },
    {
      method: 'GET',
      path: `${INSPECT_PREFIX}/balance`,
      endpoint: 'sim-state',
      handle: () => ({ status: 200, json: { balance: state.balance, reserved: state.reserved(), available: state.available() } }),
    },
    { method: 'POST', path: `${INSPECT_PREFIX}/settle`, endpoint: 'sim-state', handle: settle },
    {
      method: 'POST',
      path: `${INSPECT_PREFIX}/expire-tokens`,
      endpoint: 'sim-state',
      handle: () => {
        const count = state.tokens.size;
        for (const entry of state.tokens.values()) entry.expiresAt = 0;
        return { status: 200, json: { expired: count } };
      },
    },
    {
      method: 'POST',
      path: `${INSPECT_PREFIX}/callback-url`,
      endpoint: 'sim-state',
      handle: (req) => {
        const url = parseJson(req)?.url;
        if (url !== null && url !== undefined && typeof url !== 'string') return { status: 400, json: { error: 'expected {url: string | null}' } };
        settlement.callbackUrl = url ?? undefined;
        return { status: 200, json: { callback_url: settlement.callbackUrl ?? null } };
      },
    },
  ];
}
