import { deliverCallback } from '../../sim-kit';
import { RC } from '../contract/response-codes';
import type { SimContext } from './context';
import { digits, rngFor } from './seed';
import type { SimTransaction } from './sim-types';
import { transactionData } from './wire';

/**
 * Pending -> final. Success keeps the charge and issues the token/SN; failure (100 Gangguan
 * Operator) refunds the deposit ("payment is failed and balance is refunded", RC range 100-199).
 * Either way the Status body is POSTed to the callback URL, retried until HTTP 200 (bounded).
 */
export function schedule(ctx: SimContext, action: () => void): void {
  const timer = setTimeout(() => {
    ctx.timers.delete(timer);
    if (!ctx.closed) action();
  }, ctx.pendingDelayMs);
  ctx.timers.add(timer);
}

export function finalise(ctx: SimContext, tx: SimTransaction, outcome: 'success' | 'failed'): boolean {
  if (tx.status !== 'pending') return false;
  tx.finalAt = ctx.now();
  if (outcome === 'success') {
    tx.status = 'success';
    tx.responseCode = RC.SUCCESS;
    tx.token = makeToken(tx);
  } else {
    tx.status = 'failed';
    tx.responseCode = RC.OPERATOR_ISSUE;
    ctx.state.balance += tx.cost;
  }
  if (tx.callbackUrl) void sendCallback(ctx, tx, tx.callbackUrl);
  return true;
}

async function sendCallback(ctx: SimContext, tx: SimTransaction, url: string): Promise<void> {
  const body = JSON.stringify({
    responseCode: tx.responseCode,
    success: tx.status === 'success',
    message: tx.status === 'success'
      ? { ID: 'Transaksi Anda Telah Berhasil', EN: 'Your transaction was successful' }
      : { ID: 'Transaksi Gagal, Gangguan Operator', EN: 'Transaction Failed, Operator Issue' },
    data: transactionData(tx),
  });
  const delivered = await deliverCallback(url, body, { 'Content-Type': 'application/json', Accept: 'application/json' }, {
    attempts: ctx.callbackAttempts,
    retryDelayMs: ctx.callbackRetryDelayMs,
  });
  ctx.state.callbacks.push({ refNumber: tx.refNumber, url, responseCode: tx.responseCode, delivered, at: ctx.now() });
}

/** PLN token: 20 digits; other prepaid: an 18-digit SN; bills: a 32-char biller reference. */
export function makeToken(tx: SimTransaction): string {
  const rng = rngFor('token', tx.refNumber, String(tx.transactionId));
  if (tx.product.kind === 'pln-token') return digits(rng, 20);
  if (tx.product.type === 'prepaid') return digits(rng, 18);
  const alphabet = '0123456789ABCDEF';
  let ref = '0MUP';
  for (let i = 0; i < 28; i += 1) ref += alphabet[rng.int(0, 15)];
  return ref;
}
