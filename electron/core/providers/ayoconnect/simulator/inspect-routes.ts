import { json, readJson, type SimRoute } from '../../sim-kit';
import type { SimContext } from './context';
import { finalise } from './lifecycle';

/**
 * Test/training inspection outside the provider's API, for other processes (the kit keeps
 * /__sim/ for faults, so these live under /__sim-state/ayoconnect/):
 *   GET  /__sim-state/ayoconnect/transactions   list {refNumber, status, responseCode, amount, cost, ...}
 *   GET  /__sim-state/ayoconnect/balance        {balance}
 *   GET  /__sim-state/ayoconnect/callbacks      callback deliveries {refNumber, url, delivered, ...}
 *   POST /__sim-state/ayoconnect/resolve        {refNumber, outcome: "success"|"failed"} ends a pending one
 */
export const INSPECT_PREFIX = '/__sim-state/ayoconnect';

export function inspectRoutes(ctx: SimContext): SimRoute[] {
  return [
    {
      method: 'GET',
      path: `${INSPECT_PREFIX}/transactions`,
      endpoint: 'sim-state',
      handle: () => json(200, ctx.state.snapshot()),
    },
    {
      method: 'GET',
      path: `${INSPECT_PREFIX}/balance`,
      endpoint: 'sim-state',
      handle: () => json(200, { balance: ctx.state.balance }),
    },
    {
      method: 'GET',
      path: `${INSPECT_PREFIX}/callbacks`,
      endpoint: 'sim-state',
      handle: () => json(200, ctx.state.callbacks),
    },
    {
      method: 'POST',
      path: `${INSPECT_PREFIX}/resolve`,
      endpoint: 'sim-state',
      handle: (req) => {
        const body = readJson(req, () => json(400, { error: 'body must be JSON {refNumber, outcome}' })) as Record<string, unknown>;
        const outcome = body.outcome;
        const tx = typeof body.refNumber === 'string' ? ctx.state.transactions.get(body.refNumber) : undefined;
        if (!tx || (outcome !== 'success' && outcome !== 'failed')) {
          return json(400, { error: 'expected {refNumber of a known transaction, outcome: "success"|"failed"}' });
        }
        const changed = finalise(ctx, tx, outcome);
        return json(changed ? 200 : 409, { refNumber: tx.refNumber, status: tx.status, responseCode: tx.responseCode });
      },
    },
  ];
}
