import type { Rupiah } from '../../../money';
import type { PrepaidTransactionData } from '../contract/prepaid';
import { PREPAID_PENDING, PREPAID_REQUEST_REJECTED, PREPAID_TXN_FAILED } from '../response-codes';
import { reportedCost } from '../../outcome';
import { compact, guardAmounts, optionalAmount, unknownOutcome } from './amounts';
import type { IakMoneyOutcome, StatusExpectation } from './types';
import { prepaidCashierMessage, withIakWords } from '../messages-id';

/**
 * One reading of a prepaid transaction answer, shared by top-up, check-status and the callback.
 * - `topup`: the first send. A request-level refusal (auth, IP, format, maintenance) is definitive
 *   because nothing with this ref_id was processed.
 * - `status` / `callback`: a look at an existing sale. A request-level refusal says nothing about
 *   the sale, so it is `unknown`; only a transaction failure (status 2 + a failure rc) is `failed`.
 */
export type PrepaidReading = 'topup' | 'status' | 'callback';

export interface PrepaidContext {
  reading: PrepaidReading;
  refId: string;
  expect?: StatusExpectation;
  raw: string;
}

export function mapPrepaidTransaction(data: PrepaidTransactionData, ctx: PrepaidContext): IakMoneyOutcome {
  const outcome = withIakWords(readPrepaid(data, ctx), data.message);
  // A status look says something about a sale only if the answer names it (IAK's status answers
  // carry ref_id): without it, success, failure and "still processing" alike settle nothing. A bare
  // "not found" (06) keeps its code: it is judged by the engine's grace-window rule.
  if (ctx.reading === 'status' && !data.ref_id?.trim() && outcome.status !== 'unknown') {
    return unknownOutcome('unexpected_answer', `Jawaban status IAK tanpa ref_id (${outcome.message})`, ctx.raw, undefined, data.tr_id);
  }
  return outcome;
}

function readPrepaid(data: PrepaidTransactionData, ctx: PrepaidContext): IakMoneyOutcome {
  const rc = data.rc;
  const status = data.status;
  const message = prepaidCashierMessage(rc, data.message);
  const providerRef = data.tr_id;
  const mismatch = identityMismatch(data, ctx);
  // No providerCode: an answer about another sale (even "not found") must not count for ours.
  if (mismatch) return unknownOutcome('unexpected_answer', `${mismatch} (${message})`, ctx.raw, undefined, providerRef);

  return guardAmounts(ctx.raw, rc, () => {
    // What IAK charged; a nonsense price is ignored (the sale falls back to the catalogue cost).
    const cost = reportedCost(data.price);
    const balance = optionalAmount(data.balance);
    if (rc === '00') return success(data, { message, cost, balance, ctx });
    if (rc === '201' || (PREPAID_PENDING.has(rc) && (status === undefined || status === '0'))) {
      return compact<IakMoneyOutcome>({ status: 'pending', message, providerRef, cost, balance, providerCode: rc, raw: ctx.raw });
    }
    const statusSaysFailed = status === '2' || (status === undefined && ctx.reading === 'topup');
    const definitive = PREPAID_TXN_FAILED.has(rc) || (ctx.reading === 'topup' && PREPAID_REQUEST_REJECTED.has(rc));
    if (statusSaysFailed && definitive) {
      return compact<IakMoneyOutcome>({ status: 'failed', code: rc, message, providerRef, balance, providerCode: rc, raw: ctx.raw });
    }
    // 06 TRANSACTION NOT FOUND, request-level refusals on a status look, unmapped or contradictory codes.
    return unknownOutcome('unexpected_answer', message, ctx.raw, rc, providerRef);
  });
}

function success(
  data: PrepaidTransactionData,
  parts: { message: string; cost: Rupiah | undefined; balance: Rupiah | undefined; ctx: PrepaidContext },
): IakMoneyOutcome {
  const { message, cost, balance, ctx } = parts;
  if (data.status !== undefined && data.status !== '1') {
    return unknownOutcome('unexpected_answer', `Kode sukses dengan status ${data.status} (${message})`, ctx.raw, '00', data.tr_id);
  }
  const productCode = data.product_code ?? data.code ?? ctx.expect?.productCode ?? '';
  const serial = data.sn?.trim() || undefined;
  const isPlnToken = /^hpln/i.test(productCode);
  if (isPlnToken && !serial) {
    // A PLN sale is not done for the customer without the token: ask again by status.
    return unknownOutcome('unexpected_answer', `Sukses tanpa token PLN (${message})`, ctx.raw, '00', data.tr_id);
  }
  return compact<IakMoneyOutcome>({
    status: 'success',
    message,
    providerRef: data.tr_id,
    serial,
    cost,
    balance,
    details: isPlnToken && serial ? plnTokenDetails(serial) : data.pin ? { pin: data.pin } : undefined,
    providerCode: '00',
    raw: ctx.raw,
  });
}

/** An answer about another sale (ref_id reused after a DB restore, a mixed-up proxy...) is not ours. */
function identityMismatch(data: PrepaidTransactionData, ctx: PrepaidContext): string | undefined {
  if (data.ref_id !== undefined && data.ref_id !== ctx.refId) return `Jawaban IAK untuk ref_id lain (${data.ref_id})`;
  const product = data.product_code ?? data.code;
  if (ctx.expect?.productCode && product && product.toLowerCase() !== ctx.expect.productCode.toLowerCase()) {
    return `Ref_id ini tercatat di IAK untuk produk lain (${product})`;
  }
  const customer = data.customer_id ?? data.hp;
  if (ctx.expect?.customerId && customer && customer !== ctx.expect.customerId) {
    return `Ref_id ini tercatat di IAK untuk nomor lain (${customer})`;
  }
  return undefined;
}

/**
 * PLN token SN (prepaid/sn-format): `Token/CustomerName/Segment/Power/kWh`, e.g.
 * `0123-4567-8901-2345-6789/PT INDOBEST ARTHA KREASI/R1 /000001300/66.2`.
 */
export function plnTokenDetails(sn: string): Record<string, string> {
  const [token = '', customerName = '', segment = '', power = '', kwh = ''] = sn.split('/').map((p) => p.trim());
  const digits = token.replace(/\D/g, '');
  return compact<Record<string, string | undefined>>({
    token: digits.length === 20 ? (digits.match(/.{4}/g) ?? []).join('-') : token,
    customerName: customerName || undefined,
    segment: segment || undefined,
    power: power ? String(Number(power) || power) : undefined,
    kwh: kwh || undefined,
  }) as Record<string, string>;
}
