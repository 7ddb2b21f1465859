import type { PostpaidBillData } from '../contract/postpaid';
import { POSTPAID_PENDING, POSTPAID_REQUEST_REJECTED, POSTPAID_TXN_FAILED } from '../response-codes';
import { reportedCost } from '../../outcome';
import { compact, guardAmounts, optionalAmount, requiredAmount, unknownOutcome } from './amounts';
import type { IakBill, IakMoneyOutcome } from './types';
import { postpaidCashierMessage, withIakWords } from '../messages-id';
import { iakBillPeriods } from './bill-lines';

/** IAK spells the code `response_code`; a few error pages say `rc`. */
export function postpaidCode(data: PostpaidBillData): string | undefined {
  return data.response_code ?? data.rc;
}

/** A successful inquiry as a bill the cashier can show. Throws MoneyError on a bad amount. */
export function toBill(data: PostpaidBillData, refId: string): IakBill {
  const nominal = requiredAmount(data.nominal);
  const admin = optionalAmount(data.admin) ?? requiredAmount(0);
  const price = optionalAmount(data.price) ?? requiredAmount(nominal + admin);
  return {
    trId: data.tr_id ?? '',
    refId: data.ref_id ?? refId,
    code: data.code ?? '',
    customerNumber: data.hp ?? '',
    customerName: data.tr_name ?? '',
    period: data.period ?? '',
    nominal,
    admin,
    price,
    sellingPrice: optionalAmount(data.selling_price) ?? price,
    message: postpaidCashierMessage('00', data.message),
    desc: data.desc ?? {},
    ...iakBillPeriods(data.period ?? '', data.desc),
  };
}

/**
 * - `pay`: the first pay-pasca for an inquiry. A request-level refusal (signature, command, IP...)
 *   is definitive because IAK did not take the payment request.
 * - `status`: checkstatus of an existing payment. Status 0 / rc 42 "payment request not received"
 *   is `unknown` with providerCode 42: the engine may treat it as not paid only after its grace window.
 */
export type PostpaidReading = 'pay' | 'status';

interface PostpaidContext {
  reading: PostpaidReading;
  refId?: string;
  trId?: string;
  raw: string;
}

export function mapPostpaidPayment(data: PostpaidBillData, ctx: PostpaidContext): IakMoneyOutcome {
  const outcome = withIakWords(readPayment(data, ctx), data.message);
  // A status look says something about a payment only if the answer names our ref_id (IAK's always
  // does): without it nothing settles. A bare 42/06 keeps its code for the grace-window rule.
  if (ctx.reading === 'status' && !data.ref_id?.trim() && outcome.status !== 'unknown') {
    return unknownOutcome('unexpected_answer', `Jawaban status IAK tanpa ref_id (${outcome.message})`, ctx.raw, undefined, data.tr_id);
  }
  return outcome;
}

function readPayment(data: PostpaidBillData, ctx: PostpaidContext): IakMoneyOutcome {
  const rc = postpaidCode(data);
  const providerRef = data.tr_id;
  if (rc === undefined) return unknownOutcome('unexpected_answer', 'Jawaban IAK tanpa response_code', ctx.raw, undefined, providerRef);
  const message = postpaidCashierMessage(rc, data.message);
  // No providerCode on a mismatch: an answer about another payment (even "not received") is not ours.
  if (ctx.trId !== undefined && data.tr_id !== undefined && data.tr_id !== ctx.trId) {
    return unknownOutcome('unexpected_answer', `Jawaban IAK untuk tr_id lain (${data.tr_id}) (${message})`, ctx.raw, undefined, providerRef);
  }
  if (ctx.refId !== undefined && data.ref_id !== undefined && data.ref_id !== ctx.refId) {
    return unknownOutcome('unexpected_answer', `Jawaban IAK untuk ref_id lain (${data.ref_id}) (${message})`, ctx.raw, undefined, providerRef);
  }
  const status = data.status;
  return guardAmounts(ctx.raw, rc, () => {
    // What IAK deducts (faq: selling_price); a nonsense amount is ignored.
    const cost = reportedCost(data.selling_price);
    const balance = optionalAmount(data.balance);
    if (rc === '00' && (status === undefined || status === '1')) {
      return compact<IakMoneyOutcome>({
        status: 'success',
        message,
        providerRef,
        serial: data.noref || data.no_ref || undefined,
        cost,
        balance,
        details: paymentDetails(data),
        providerCode: rc,
        raw: ctx.raw,
      });
    }
    if (POSTPAID_PENDING.has(rc) && (rc !== '39' || status === undefined || status === '3')) {
      return compact<IakMoneyOutcome>({ status: 'pending', message, providerRef, cost, balance, providerCode: rc, raw: ctx.raw });
    }
    const statusSaysFailed = status === '2' || (status === undefined && ctx.reading === 'pay');
    const definitive = POSTPAID_TXN_FAILED.has(rc) || (ctx.reading === 'pay' && POSTPAID_REQUEST_REJECTED.has(rc));
    if (statusSaysFailed && definitive) {
      return compact<IakMoneyOutcome>({ status: 'failed', code: rc, message, providerRef, balance, providerCode: rc, raw: ctx.raw });
    }
    // 42 not received, 11 duplicate, 01/34/40 already paid, 06 not found, 103 timeout, 91/92, unmapped.
    return unknownOutcome('unexpected_answer', message, ctx.raw, rc, providerRef);
  });
}

/** Receipt fields: the bill as IAK confirmed it plus the product's scalar desc fields (tarif, daya...). */
function paymentDetails(data: PostpaidBillData): Record<string, string | number> {
  const details: Record<string, string | number> = {};
  const put = (key: string, value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number') details[key] = value;
  };
  put('code', data.code);
  put('customerNumber', data.hp);
  put('customerName', data.tr_name);
  // The months as the cashier reads them (every month, or a range), not IAK's "first,last".
  if (data.period) put('period', iakBillPeriods(data.period, data.desc).periodText);
  put('datetime', data.datetime);
  const nominal = optionalAmount(data.nominal);
  const admin = optionalAmount(data.admin);
  const price = optionalAmount(data.price);
  if (nominal !== undefined) details.nominal = nominal;
  if (admin !== undefined) details.admin = admin;
  if (price !== undefined) details.price = price;
  if (data.desc && typeof data.desc === 'object' && !Array.isArray(data.desc)) {
    for (const [key, value] of Object.entries(data.desc as Record<string, unknown>)) put(`desc.${key}`, value);
  }
  return details;
}
