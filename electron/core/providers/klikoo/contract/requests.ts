import { z } from 'zod';

/**
 * Request bodies as documented (klikoo-doc.readme.io, providers.md 4.2/4.3). Amounts are STRINGS
 * of whole rupiah ("20500"); `msidn` is spelled that way by Klikoo. The simulator validates incoming
 * bodies with these; the client builds bodies of these types.
 */
const digits = z.string().regex(/^\d+$/, 'harus berupa angka dalam string');
const text = z.string().min(1);

export const tokenRequestSchema = z.object({
  grant_type: text,
  additional_info: z.object({ client_id: text, client_secret: text }),
});
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

export const productSearchFields = ['keyword', 'categories', 'enable'] as const;
export const productSortFields = ['name', 'code', 'category', 'enable', 'agent_price', 'updated_at', 'success_rate', 'time_rate'] as const;

export const productsRequestSchema = z.object({
  limit: z.number().int().min(1),
  page: z.number().int().min(1),
  search: z.array(z.object({ field: z.enum(productSearchFields), value: z.string() })).optional(),
  sort: z.object({ field: z.enum(productSortFields), value: z.enum(['asc', 'desc']) }).optional(),
});
export type ProductsRequest = z.infer<typeof productsRequestSchema>;

/** products/inquiry and products/buy share the same six fields. */
export const purchaseRequestSchema = z.object({
  msidn: text,
  amount: digits,
  product_code: text,
  selling_price: digits,
  value: text,
  partner_reference_id: text,
});
export type PurchaseRequest = z.infer<typeof purchaseRequestSchema>;

export const postpaidInquiryRequestSchema = z.object({
  account_number: text,
  product_code: text,
  /** Months to pay, BPJS only ("1"). */
  period: digits.optional(),
});
export type PostpaidInquiryRequest = z.infer<typeof postpaidInquiryRequestSchema>;

/** Testing-only helper documented by Klikoo: POST /v1/open-api/auth-signature. */
export const authSignatureHelperSchema = z.object({
  client_id: text,
  timestamp: text,
  /** base64 of the PEM text. */
  private_key: text,
});

/** Testing-only helper documented by Klikoo: POST /v1/open-api/signature (body field: our reading). */
export const signatureHelperSchema = z.object({
  client_id: text,
  method: text,
  path: text,
  token: text,
  timestamp: text,
  body: z.unknown().optional(),
});

/** GET /v1/open-api/transactions query parameters. */
export interface TransactionsQuery {
  page: number;
  limit: number;
  q?: string;
  /** ISO 8601, e.g. 2023-12-19T17:00:00 */
  from?: string;
  to?: string;
}
