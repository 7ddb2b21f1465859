import { z } from 'zod';
import { parseProviderAmount } from '../../../money';
import { unparsedToReadError, type Parsed } from '../../http/parse-answer';
import type { ReadResult } from '../../outcome';
import { RC, RETRYABLE_INQUIRY_CODES, messageFor } from '../contract/response-codes';
import {
  balanceDataSchema,
  inquiryDataSchema,
  messageText,
  productItemSchema,
  type Envelope,
  type ProductItem,
} from '../contract/responses';
import type { AyoconnectBalance, AyoconnectInquiry, AyoconnectProduct, AyoconnectProductList } from '../types';
import { billSummary, optionalMoney } from './bill-summary';
import { ayoconnectCashierWords } from '../messages-id';

/** Read calls: nothing moves money, so every problem is just an error (retryable when transient). */
type Fail = Extract<ReadResult<never>, { ok: false }>;

function providerError(body: Envelope): Fail {
  const code = body.responseCode;
  const { message } = ayoconnectCashierWords(code, body.message);
  const retryable = code < 0 || code >= 500 || RETRYABLE_INQUIRY_CODES.has(code);
  return { ok: false, retryable, code: String(code), message };
}

const unexpected = (message: string): Fail => ({ ok: false, retryable: true, code: 'unexpected_answer', message });

/** No success code is documented for products/balance: accept 0-99 unless `success` says false. */
function readOk(body: Envelope): boolean {
  return body.responseCode >= 0 && body.responseCode <= 99 && body.success !== false;
}

export function mapProductList(parsed: Parsed<Envelope>): ReadResult<AyoconnectProductList> {
  if (!parsed.ok) return unparsedToReadError(parsed);
  if (!readOk(parsed.body)) return providerError(parsed.body);
  const data = parsed.body.data;
  const items = Array.isArray(data) ? data : isProductsWrapper(data) ? data.products : null;
  if (items === null) return unexpected('Daftar produk dari provider tidak sesuai format.');
  const products: AyoconnectProduct[] = [];
  let skipped = 0;
  for (const raw of items) {
    const product = toProduct(raw);
    if (product) products.push(product);
    else skipped += 1;
  }
  return { ok: true, value: { products, skipped } };
}

function isProductsWrapper(data: unknown): data is { products: unknown[] } {
  return z.object({ products: z.array(z.unknown()) }).safeParse(data).success;
}

function toProduct(raw: unknown): AyoconnectProduct | undefined {
  const parsed = productItemSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const p: ProductItem = parsed.data;
  try {
    return {
      code: p.code,
      name: p.name,
      description: p.description,
      biller: p.biller,
      category: p.category,
      type: p.type,
      price: optionalMoney(p.amount),
      adminFee: optionalMoney(p.adminFee),
      active: p.active ?? true,
      logo: p.logo,
    };
  } catch {
    return undefined;
  }
}

export function mapBalance(parsed: Parsed<Envelope>): ReadResult<AyoconnectBalance> {
  if (!parsed.ok) return unparsedToReadError(parsed);
  if (!readOk(parsed.body)) return providerError(parsed.body);
  const data = balanceDataSchema.safeParse(parsed.body.data);
  if (!data.success) return unexpected('Saldo dari provider tidak sesuai format.');
  try {
    return {
      ok: true,
      value: { balance: parseProviderAmount(data.data.balance), currency: data.data.currency || 'IDR', partnerId: data.data.partnerId },
    };
  } catch {
    return unexpected('Saldo dari provider tidak dapat dibaca.');
  }
}

export function mapInquiry(parsed: Parsed<Envelope>): ReadResult<AyoconnectInquiry> {
  if (!parsed.ok) return unparsedToReadError(parsed);
  const body = parsed.body;
  if (body.responseCode !== RC.INQUIRY_SUCCESS || body.success === false) {
    return body.responseCode === RC.INQUIRY_SUCCESS ? unexpected('Jawaban inkuiri provider saling bertentangan.') : providerError(body);
  }
  const data = inquiryDataSchema.safeParse(body.data);
  if (!data.success) return unexpected('Data inkuiri dari provider tidak sesuai format.');
  try {
    return {
      ok: true,
      value: {
        ...billSummary(data.data),
        inquiryId: data.data.inquiryId,
        denom: data.data.denom,
        validity: data.data.validity,
        message: messageText(body.message) || messageFor(RC.INQUIRY_SUCCESS).ID,
      },
    };
  } catch {
    return unexpected('Nominal tagihan dari provider tidak dapat dibaca.');
  }
}
