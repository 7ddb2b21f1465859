import { MoneyError, parseProviderAmount } from '../../../money';
import type { HttpFunnel, HttpResult } from '../../http/funnel';
import { parseJsonAnswer, unparsedToCheckOutcome, unparsedToOutcome, unparsedToReadError } from '../../http/parse-answer';
import type { ReadResult } from '../../outcome';
import {
  checkBalanceResponse,
  inquiryPlnResponse,
  pricelistItem,
  pricelistResponse,
  prepaidTransactionResponse,
} from '../contract/prepaid';
import { IAK_SALT, iakSign, signCustomerId, signRefId, type IakCredentials } from '../signing';
import { requiredAmount } from './amounts';
import { iakHttpStatusOk, pathWith, postJson } from './http';
import { prepaidCashierMessage } from '../messages-id';
import { mapPrepaidTransaction } from './map-prepaid';
import type { IakClient, IakMoneyOutcome, IakPrepaidProduct, IakPricelist, StatusExpectation, TopUpInput } from './types';

/** Prepaid v2 calls: `POST api/<service>` on the prepaid host. */
export function prepaidCalls(funnel: HttpFunnel, credentials: IakCredentials): Pick<IakClient, 'checkBalance' | 'pricelist' | 'topUp' | 'checkStatus' | 'inquiryPln'> {
  const username = credentials.username;

  return {
    async checkBalance() {
      const result = await postJson(funnel, '/api/check-balance', { username, sign: iakSign(credentials, IAK_SALT.checkBalance) });
      const parsed = parseJsonAnswer(result, checkBalanceResponse, iakHttpStatusOk);
      if (!parsed.ok) return unparsedToReadError(parsed);
      const data = parsed.body.data;
      if (data.rc !== undefined && data.rc !== '00') return prepaidReadError(data.rc, data.message);
      try {
        return { ok: true, value: { balance: requiredAmount(data.balance), message: data.message ?? 'SUCCESS' } };
      } catch (err) {
        return badAmount(err);
      }
    },

    async pricelist(filter = {}) {
      const path = filter.type ? pathWith('/api/pricelist', filter.type, filter.operator) : '/api/pricelist';
      const body = { username, sign: iakSign(credentials, IAK_SALT.pricelist), ...(filter.status ? { status: filter.status } : {}) };
      const parsed = parseJsonAnswer(await postJson(funnel, path, body), pricelistResponse, iakHttpStatusOk);
      if (!parsed.ok) return unparsedToReadError(parsed);
      const data = parsed.body.data;
      if (!Array.isArray(data) && data.pricelist === undefined) {
        return prepaidReadError(data.rc ?? 'unexpected_answer', data.message ?? 'Daftar harga IAK kosong.');
      }
      return { ok: true, value: readPricelist(Array.isArray(data) ? data : (data.pricelist ?? [])) };
    },

    async topUp(input: TopUpInput) {
      const body = { username, ref_id: input.refId, customer_id: input.customerId, product_code: input.productCode, sign: signRefId(credentials, input.refId) };
      const expect = { productCode: input.productCode, customerId: input.customerId };
      return transaction(await postJson(funnel, '/api/top-up', body), 'topup', input.refId, expect);
    },

    async checkStatus(refId: string, expect?: StatusExpectation) {
      const body = { username, ref_id: refId, sign: signRefId(credentials, refId) };
      return transaction(await postJson(funnel, '/api/check-status', body), 'status', refId, expect);
    },

    async inquiryPln(customerId: string) {
      const body = { username, customer_id: customerId, sign: signCustomerId(credentials, customerId) };
      const parsed = parseJsonAnswer(await postJson(funnel, '/api/inquiry-pln', body), inquiryPlnResponse, iakHttpStatusOk);
      if (!parsed.ok) return unparsedToReadError(parsed);
      const d = parsed.body.data;
      if (d.rc !== '00' || (d.status !== undefined && d.status !== '1')) return prepaidReadError(d.rc, d.message);
      return {
        ok: true,
        value: {
          customerId: d.customer_id ?? customerId,
          meterNo: d.meter_no ?? '',
          subscriberId: d.subscriber_id ?? '',
          name: d.name ?? '',
          segmentPower: d.segment_power ?? '',
          message: d.message ?? 'SUCCESS',
        },
      };
    },
  };

  function transaction(result: HttpResult, reading: 'topup' | 'status', refId: string, expect?: StatusExpectation): IakMoneyOutcome {
    const parsed = parseJsonAnswer(result, prepaidTransactionResponse, iakHttpStatusOk);
    // Only the top-up itself can be "not sent"; a status look that got no answer is just no answer.
    if (!parsed.ok) return reading === 'topup' ? unparsedToOutcome(parsed) : unparsedToCheckOutcome(parsed);
    return mapPrepaidTransaction(parsed.body.data, { reading, refId, ...(expect ? { expect } : {}), raw: parsed.raw });
  }
}

/** Codes worth retrying later on a read call: maintenance, undefined, still processing. */
const RETRYABLE_READ = new Set(['39', '110', '201']);

function prepaidReadError(rc: string, message: string | undefined): ReadResult<never> {
  return { ok: false, retryable: RETRYABLE_READ.has(rc), code: rc, message: prepaidCashierMessage(rc, message) };
}

function badAmount(err: unknown): ReadResult<never> {
  const message = err instanceof MoneyError ? err.message : 'Nominal dari IAK tidak dapat dibaca.';
  return { ok: false, retryable: true, code: 'unexpected_answer', message };
}

function readPricelist(items: unknown[]): IakPricelist<IakPrepaidProduct> {
  const products: IakPrepaidProduct[] = [];
  const rejected: { code: string; reason: string }[] = [];
  for (const item of items) {
    const parsed = pricelistItem.safeParse(item);
    const code = typeof (item as { product_code?: unknown })?.product_code === 'string' ? (item as { product_code: string }).product_code : '?';
    if (!parsed.success) {
      rejected.push({ code, reason: 'format tidak dikenal' });
      continue;
    }
    const p = parsed.data;
    try {
      const days = Number(p.active_period);
      products.push({
        code: p.product_code,
        operator: p.product_description ?? '',
        nominal: p.product_nominal ?? '',
        details: p.product_details ?? '',
        price: parseProviderAmount(p.product_price),
        type: p.product_type ?? '',
        category: p.product_category ?? p.product_type ?? '',
        activePeriodDays: p.active_period !== undefined && Number.isInteger(days) ? days : null,
        active: (p.status ?? 'active').toLowerCase() === 'active',
        ...(p.icon_url && p.icon_url !== '-' ? { iconUrl: p.icon_url } : {}),
      });
    } catch (err) {
      rejected.push({ code, reason: err instanceof Error ? err.message : 'harga tidak valid' });
    }
  }
  return { products, rejected };
}
