import { createHttpFunnel, type HttpResult } from '../../http/funnel';
import { parseJsonAnswer } from '../../http/parse-answer';
import { pathFor, type ApiVersion, type AyoconnectEndpoint } from '../contract/requests';
import { envelopeSchema } from '../contract/responses';
import { buildAuthHeaders } from '../signing';
import type { AyoconnectClient, AyoconnectClientConfig, AyoconnectOutcome, PaymentRequest } from '../types';
import { mapBalance, mapInquiry, mapProductList } from './map-read';
import { mapTransactionAnswer } from './map-transaction';

/**
 * Ayoconnect bill-payment client. Every call is a POST with an empty body; the parameters travel
 * as claims of the HS256 JWT in the TOKEN header (partnerId claim == KEY header). One funnel, no
 * retries here: the sales engine decides what to do with `unknown` (status check by refNumber).
 */
const DEFAULT_TIMEOUT_MS = 30_000;

export function createAyoconnectClient(config: AyoconnectClientConfig): AyoconnectClient {
  const version: ApiVersion = config.apiVersion ?? '2.0';
  const funnel = createHttpFunnel({ baseUrl: config.baseUrl, timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS });

  function call(endpoint: AyoconnectEndpoint, params: Record<string, unknown>): Promise<HttpResult> {
    return funnel.send({
      method: 'POST',
      path: pathFor(endpoint, version),
      headers: buildAuthHeaders(config.credentials, params, version),
      body: '',
    });
  }

  const parse = (result: HttpResult) => parseJsonAnswer(result, envelopeSchema);

  return {
    baseUrl: config.baseUrl,

    async listProducts() {
      return mapProductList(parse(await call('products', {})));
    },

    async getBalance() {
      return mapBalance(parse(await call('balance', {})));
    },

    async inquire(request) {
      const params = {
        accountNumber: request.accountNumber.trim(),
        productCode: request.productCode,
        amount: request.amount,
        month: request.month,
        zoneId: request.zoneId,
      };
      return mapInquiry(parse(await call('inquiry', params)));
    },

    async pay(request) {
      const invalid = validatePayment(request);
      if (invalid) return invalid;
      const callbackUrl = request.callbackUrl ?? config.callbackUrl;
      const params = {
        accountNumber: request.accountNumber.trim(),
        productCode: request.productCode,
        inquiryId: request.inquiryId,
        amount: request.amount,
        refNumber: request.refNumber,
        month: request.month,
        callbackUrls: callbackUrl ? [callbackUrl] : undefined,
      };
      return mapTransactionAnswer(parse(await call('payment', params)), request.refNumber, 'payment');
    },

    async checkStatus(refNumber) {
      // Nothing to ask about: no answer (never `failed`, which would read as "the sale failed").
      if (refNumber.trim() === '') return { status: 'unknown', reason: 'unexpected_answer', message: 'refNumber kosong: status tidak dapat dicek.' };
      return mapTransactionAnswer(parse(await call('status', { refNumber })), refNumber, 'status');
    },
  };
}

/** Caught before anything leaves this machine, so `failed` + `not_sent` is safe. */
function validatePayment(request: PaymentRequest): AyoconnectOutcome | undefined {
  if (request.refNumber.trim() === '' || request.refNumber.length > 100) return notSent('refNumber tidak valid.');
  if (!Number.isSafeInteger(request.inquiryId) || request.inquiryId <= 0) return notSent('inquiryId tidak valid.');
  if (!Number.isSafeInteger(request.amount) || request.amount < 0) return notSent('Nominal pembayaran tidak valid.');
  return undefined;
}

function notSent(message: string): AyoconnectOutcome {
  return { status: 'failed', code: 'not_sent', message };
}
