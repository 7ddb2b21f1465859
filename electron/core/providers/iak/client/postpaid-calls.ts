import { MoneyError, parseProviderAmount } from '../../../money';
import type { HttpFunnel } from '../../http/funnel';
import { parseJsonAnswer, unparsedToCheckOutcome, unparsedToOutcome, unparsedToReadError } from '../../http/parse-answer';
import type { ReadResult } from '../../outcome';
import { postpaidBillResponse, postpaidPricelistItem, postpaidPricelistResponse } from '../contract/postpaid';
import { POSTPAID_INQUIRY_RETRYABLE } from '../response-codes';
import { IAK_SALT, iakSign, signRefId, signTrId, type IakCredentials } from '../signing';
import { iakHttpStatusOk, pathWith, postJson } from './http';
import { mapPostpaidPayment, postpaidCode, toBill } from './map-postpaid';
import type { IakClient, IakPostpaidProduct, IakPricelist, PostpaidInquiryInput, PostpaidPayInput } from './types';
import { postpaidCashierMessage } from '../messages-id';

const BILL_PATH = '/api/v1/bill/check';

/** Postpaid calls: every command is `POST api/v1/bill/check` with a `commands` field. */
export function postpaidCalls(
  funnel: HttpFunnel,
  credentials: IakCredentials,
): Pick<IakClient, 'postpaidPricelist' | 'postpaidInquiry' | 'postpaidPay' | 'postpaidCheckStatus'> {
  const username = credentials.username;

  return {
    async postpaidPricelist(filter = {}) {
      const body = {
        commands: 'pricelist-pasca',
        username,
        sign: iakSign(credentials, IAK_SALT.postpaidPricelist),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.province ? { province: filter.province } : {}),
      };
      const parsed = parseJsonAnswer(await postJson(funnel, pathWith(BILL_PATH, filter.type), body), postpaidPricelistResponse, iakHttpStatusOk);
      if (!parsed.ok) return unparsedToReadError(parsed);
      const data = parsed.body.data;
      if (data.pasca === undefined) {
        const rc = data.response_code ?? data.rc ?? 'unexpected_answer';
        return readError(rc, data.message);
      }
      return { ok: true, value: readPostpaidPricelist(data.pasca) };
    },

    async postpaidInquiry(input: PostpaidInquiryInput) {
      const body = {
        commands: 'inq-pasca',
        username,
        code: input.code,
        hp: input.customerNumber,
        ref_id: input.refId,
        sign: signRefId(credentials, input.refId),
        ...(input.month !== undefined ? { month: String(input.month) } : {}),
        ...(input.identityNumber !== undefined ? { nomor_identitas: input.identityNumber } : {}),
        ...(input.amount !== undefined ? { desc: { amount: input.amount } } : {}),
      };
      const parsed = parseJsonAnswer(await postJson(funnel, BILL_PATH, body), postpaidBillResponse, iakHttpStatusOk);
      if (!parsed.ok) return unparsedToReadError(parsed);
      const data = parsed.body.data;
      const rc = postpaidCode(data);
      if (rc === undefined) return readError('unexpected_answer', data.message ?? 'Jawaban IAK tanpa response_code.');
      if (data.ref_id !== undefined && data.ref_id !== input.refId) {
        return { ok: false, retryable: true, code: 'unexpected_answer', message: `Jawaban IAK untuk ref_id lain (${data.ref_id}).` };
      }
      if (rc !== '00') return readError(rc, data.message);
      try {
        return { ok: true, value: toBill(data, input.refId) };
      } catch (err) {
        const message = err instanceof MoneyError ? err.message : 'Tagihan dari IAK tidak dapat dibaca.';
        return { ok: false, retryable: true, code: 'unexpected_answer', message };
      }
    },

    async postpaidPay(input: PostpaidPayInput) {
      const body = { commands: 'pay-pasca', username, tr_id: input.trId, sign: signTrId(credentials, input.trId) };
      const parsed = parseJsonAnswer(await postJson(funnel, BILL_PATH, body), postpaidBillResponse, iakHttpStatusOk);
      if (!parsed.ok) return unparsedToOutcome(parsed);
      return mapPostpaidPayment(parsed.body.data, { reading: 'pay', trId: input.trId, ...(input.refId ? { refId: input.refId } : {}), raw: parsed.raw });
    },

    async postpaidCheckStatus(refId: string) {
      const body = { commands: 'checkstatus', username, ref_id: refId, sign: iakSign(credentials, IAK_SALT.postpaidCheckStatus) };
      const parsed = parseJsonAnswer(await postJson(funnel, BILL_PATH, body), postpaidBillResponse, iakHttpStatusOk);
      if (!parsed.ok) return unparsedToCheckOutcome(parsed);
      return mapPostpaidPayment(parsed.body.data, { reading: 'status', refId, raw: parsed.raw });
    },
  };
}

function readError(rc: string, message: string | undefined): ReadResult<never> {
  return { ok: false, retryable: POSTPAID_INQUIRY_RETRYABLE.has(rc) || rc === 'unexpected_answer', code: rc, message: postpaidCashierMessage(rc, message) };
}

function readPostpaidPricelist(items: unknown[]): IakPricelist<IakPostpaidProduct> {
  const products: IakPostpaidProduct[] = [];
  const rejected: { code: string; reason: string }[] = [];
  for (const item of items) {
    const parsed = postpaidPricelistItem.safeParse(item);
    const rawCode = (item as { code?: unknown } | null)?.code;
    const code = typeof rawCode === 'string' ? rawCode : '?';
    if (!parsed.success) {
      rejected.push({ code, reason: 'format tidak dikenal' });
      continue;
    }
    const p = parsed.data;
    try {
      products.push({
        code: p.code,
        name: p.name ?? p.code,
        active: p.status === undefined || p.status === '1',
        fee: parseProviderAmount(p.fee),
        commission: p.komisi === undefined || p.komisi === null ? parseProviderAmount(0) : parseProviderAmount(p.komisi),
        type: p.type ?? '',
        ...(p.category ? { category: p.category } : {}),
        ...(p.province ? { province: p.province } : {}),
      });
    } catch (err) {
      rejected.push({ code, reason: err instanceof Error ? err.message : 'biaya tidak valid' });
    }
  }
  return { products, rejected };
}
