import { z } from 'zod';
import { looseMoney, optRc, optStatus, optText, textOrNumber } from './common';

/**
 * Postpaid API: one path `POST api/v1/bill/check` (price list may add `/:type`), the operation in a
 * `commands` field, answers `{"data": {...}, "meta": []}`. Host: `https://mobilepulsa.net`
 * (dev `https://testpostpaid.mobilepulsa.net`).
 */
const username = z.string().min(1);
const sign = z.string().min(1);

export const postpaidPricelistRequest = z.looseObject({
  commands: z.literal('pricelist-pasca'),
  username,
  sign,
  status: z.enum(['all', 'active', 'non active']).optional(),
  province: z.string().optional(),
});
export const postpaidInquiryRequest = z.looseObject({
  commands: z.literal('inq-pasca'),
  username,
  code: z.string().min(1),
  hp: z.string().min(1),
  ref_id: z.string().min(1),
  sign,
  /** BPJS Kesehatan: number of months to pay (docs sample sends it as a string). */
  month: textOrNumber.optional(),
  /** e-Samsat. */
  nomor_identitas: z.string().optional(),
  /** Custom-denomination products (e.g. SHOPEEPAY) send `desc.amount`. */
  desc: z.looseObject({ amount: z.union([z.string(), z.number()]).optional() }).optional(),
});
export const postpaidPaymentRequest = z.looseObject({ commands: z.literal('pay-pasca'), username, tr_id: textOrNumber, sign });
export const postpaidCheckStatusRequest = z.looseObject({ commands: z.literal('checkstatus'), username, ref_id: z.string().min(1), sign });
export const postpaidCommand = z.enum(['pricelist-pasca', 'inq-pasca', 'pay-pasca', 'checkstatus']);
/** Any JSON object; its `commands` decides which request schema applies next. */
export const postpaidEnvelope = z.looseObject({ commands: z.unknown().optional() });

export type PostpaidInquiryRequest = z.infer<typeof postpaidInquiryRequest>;

export const postpaidPricelistItem = z.looseObject({
  code: z.string().min(1),
  name: optText,
  status: optStatus,
  fee: looseMoney,
  komisi: looseMoney.nullish(),
  type: optText,
  category: optText,
  province: optText,
});
export type PostpaidPricelistItemWire = z.input<typeof postpaidPricelistItem>;

export const postpaidPricelistResponse = z.looseObject({
  data: z.looseObject({ pasca: z.array(z.unknown()).optional(), response_code: optRc, rc: optRc, message: optText }),
});

/**
 * Inquiry, payment and check-status answers share one shape; which fields are present depends on
 * the call and the outcome. `noref` is spelled `no_ref` in the XML sample: both are read.
 * `desc` is product specific (telco, PLN, BPJS, PDAM...) and is kept as sent.
 */
export const postpaidBillData = z.looseObject({
  tr_id: optText,
  code: optText,
  datetime: optText,
  hp: optText,
  tr_name: optText,
  period: optText,
  nominal: looseMoney.nullish(),
  admin: looseMoney.nullish(),
  ref_id: optText,
  status: optStatus,
  response_code: optRc,
  rc: optRc,
  message: optText,
  price: looseMoney.nullish(),
  selling_price: looseMoney.nullish(),
  balance: looseMoney.nullish(),
  noref: optText,
  no_ref: optText,
  desc: z.unknown().optional(),
});
export const postpaidBillResponse = z.looseObject({ data: postpaidBillData, meta: z.unknown().optional() });
export type PostpaidBillData = z.output<typeof postpaidBillData>;
