import { z } from 'zod';

/**
 * Response shapes, tolerant where the docs are silent or disagree: Klikoo mixes strings and ints
 * for money (detail `amount: "10086"`, callback `current_balance: 1890248`), so money fields accept
 * both and are parsed once, by parseProviderAmount, in the client's mapping. Unknown fields pass.
 */
export const moneyField = z.union([z.string(), z.number()]);
const str = z.union([z.string(), z.number()]).transform(String);
const optStr = str.nullish().transform((v) => v ?? '');

export const envelopeSchema = z.looseObject({
  response_code: str,
  response_message: optStr,
  data: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export const tokenDataSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: optStr,
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
});

export const balanceDataSchema = z.looseObject({ balance: moneyField });

export const productItemSchema = z.looseObject({
  code: str,
  name: optStr,
  category: optStr,
  brand: optStr,
  type: optStr,
  agent_price: moneyField,
  nominal: moneyField.nullish(),
  enable: z.union([z.boolean(), z.string()]).nullish(),
  description: optStr,
});
export type ProductItem = z.infer<typeof productItemSchema>;

export const pageMetaSchema = z.looseObject({
  current_page: z.number().nullish(),
  previous_page: z.number().nullish(),
  next_page: z.number().nullish(),
  total_pages: z.number().nullish(),
  total_rows: z.number().nullish(),
  per_page: z.number().nullish(),
});

/** Product list `data`: the array (our reading); an object holding `products`/`items` is accepted too. */
export const productsDataSchema = z.union([
  z.array(z.unknown()),
  z.looseObject({ products: z.array(z.unknown()) }).transform((d) => d.products),
  z.looseObject({ items: z.array(z.unknown()) }).transform((d) => d.items),
]);

export const prepaidInquiryDataSchema = z.looseObject({
  product_name: optStr,
  amount: moneyField.nullish(),
  total: moneyField.nullish(),
  product_code: optStr,
  customer_number: optStr,
  customer_name: optStr,
  power_capacity: optStr,
});

/** Field list UNCONFIRMED in the docs; these are the simulator's fields, read tolerantly. */
export const postpaidInquiryDataSchema = z.looseObject({
  product_name: optStr,
  product_code: optStr,
  customer_number: optStr,
  account_number: optStr,
  customer_name: optStr,
  period: optStr,
  bill_amount: moneyField.nullish(),
  admin_fee: moneyField.nullish(),
  amount: moneyField,
  total: moneyField.nullish(),
});

/** Transaction detail `data`, buy `data` (assumed the same), and history rows. */
export const transactionSchema = z.looseObject({
  transaction_id: str,
  status: optStr,
  transaction_status: optStr,
  partner_reference_id: optStr,
  amount: moneyField.nullish(),
  transaction_time: optStr,
  created_at: optStr,
  reason: optStr,
  product_id: optStr,
  product_name: optStr,
  product_code: optStr,
  sn: optStr,
  value: optStr,
  customer_name: optStr,
  current_balance: moneyField.nullish(),
  beginning_balance: moneyField.nullish(),
});
export type TransactionBody = z.infer<typeof transactionSchema>;

/** Transaction history `data` (the pagination `meta` sits beside it in the envelope). */
export const historyDataSchema = z.array(z.unknown());

/** Reads the envelope's `meta` (list calls); absent or odd meta falls back to the row count. */
export function metaOf(envelope: Record<string, unknown>): z.infer<typeof pageMetaSchema> | undefined {
  const parsed = pageMetaSchema.safeParse(envelope.meta);
  return parsed.success ? parsed.data : undefined;
}

/** Purchase callback body (Klikoo -> partner), flat, documented sample in providers.md 4.3. */
export const callbackSchema = transactionSchema.extend({
  response_code: str,
  response_message: optStr,
  partner_reference_id: str,
  transaction_status: str,
});
export type CallbackBody = z.infer<typeof callbackSchema>;
