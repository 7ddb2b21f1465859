import { z } from 'zod';

/**
 * Response bodies as documented (docs.payments.of.ayoconnect.id / docs.ppob.ayoconnect.id, seed 003)
 * and as seen in third-party fixtures. Tolerant where the sources disagree:
 * - `responseCode` is an int in the docs; a digit string is accepted too.
 * - `success` is `true` with 299 in the docs but `false` in one fixture: it is optional and the code decides.
 * - error answers carry `data: {}` or a data object full of nulls (188), so `data` is parsed per code.
 * - bill line `value` is an int in inquiries and a string in some status answers ("108990").
 * - older (2020) answers say `customerDetail` instead of `customerDetails`.
 * Money fields stay `unknown` here: the client parses them once with parseProviderAmount.
 */
const digits = z.string().regex(/^-?\d+$/).transform(Number);
const intLike = z.union([z.number().int(), digits]);
const text = z.union([z.string(), z.number().transform(String)]);
const looseText = text.nullish().transform((v) => v ?? '');
const kvValue = z.union([z.string(), z.number(), z.boolean().transform(String)]).nullish().transform((v) => v ?? '');

export const messageSchema = z
  .union([z.object({ ID: z.string().optional(), EN: z.string().optional() }), z.string()])
  .nullish();

export const envelopeSchema = z.object({
  responseCode: intLike,
  success: z.boolean().nullish(),
  message: messageSchema,
  data: z.unknown().optional(),
});
export type Envelope = z.output<typeof envelopeSchema>;

export const keyValueSchema = z.object({ key: text, value: kvValue });
export type KeyValue = z.output<typeof keyValueSchema>;
const kvList = z.array(keyValueSchema).nullish().transform((v) => v ?? []);

export const billDetailSchema = z.object({
  billId: text,
  billInfo: kvList,
  isMandatory: z.boolean().nullish(),
  key: looseText,
  value: z.unknown(),
});
export type BillDetail = z.output<typeof billDetailSchema>;
const billList = z.array(billDetailSchema).nullish().transform((v) => v ?? []);

const commonData = {
  accountNumber: looseText,
  customerName: looseText,
  productName: looseText,
  productCode: looseText,
  category: looseText,
  amount: z.unknown(),
  totalAdmin: z.unknown().optional(),
  processingFee: z.unknown().optional(),
  denom: looseText,
  validity: looseText,
  customerDetails: kvList,
  customerDetail: kvList,
  billDetails: billList,
  productDetails: kvList,
  extraFields: kvList,
};

export const inquiryDataSchema = z.object({ inquiryId: intLike, ...commonData });
export type InquiryData = z.output<typeof inquiryDataSchema>;

/** Payment, Status and Callback share this `data` shape. */
export const transactionDataSchema = z.object({
  refNumber: looseText,
  transactionId: intLike.nullish(),
  token: looseText,
  ...commonData,
});
export type TransactionData = z.output<typeof transactionDataSchema>;

export const balanceDataSchema = z.object({
  balance: z.unknown(),
  currency: looseText,
  partnerId: looseText,
});

export const productItemSchema = z.object({
  code: text,
  name: text,
  description: looseText,
  biller: looseText,
  category: looseText,
  type: looseText,
  amount: z.unknown(),
  adminFee: z.unknown().optional(),
  active: z.boolean().nullish(),
  logo: looseText,
});
/** Product list `data` is an array of these [3P fuse ProductlistResp]; also accepted under `data.products`. */
export type ProductItem = z.output<typeof productItemSchema>;

export function messageText(message: Envelope['message']): string {
  if (typeof message === 'string') return message;
  return message?.ID || message?.EN || '';
}
