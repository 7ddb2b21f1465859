import { z } from 'zod';

/**
 * Request payloads. Ayoconnect carries every parameter as JWT claims in the TOKEN header; the HTTP
 * body is empty in every official sample. Claim names as documented (camelCase). The docs' own
 * token-generation sample writes `AccountNumber`/`ProductCode`, so the simulator reads claim names
 * case-insensitively (see simulator/claims.ts); the client always sends camelCase.
 */
export type ApiVersion = '1.0' | '2.0';

export const endpointPaths = {
  products: 'partner/products',
  balance: 'partner/balance',
  inquiry: 'bill/check',
  payment: 'bill/payment',
  status: 'bill/status',
} as const;
export type AyoconnectEndpoint = keyof typeof endpointPaths;

export function pathFor(endpoint: AyoconnectEndpoint, version: ApiVersion): string {
  return `/api/${version === '1.0' ? 'v1' : 'v2'}/${endpointPaths[endpoint]}`;
}

export interface PartnerClaims {
  partnerId: string;
}

export interface InquiryClaims extends PartnerClaims {
  accountNumber: string;
  productCode: string;
  /** Open-denomination products (e.g. e-wallet "bebas nominal") ask the amount at inquiry. */
  amount?: number;
  /** Number of months to pay (BPJS Kesehatan). */
  month?: number;
  /** Game server zone (games). */
  zoneId?: string;
}

export interface PaymentClaims extends PartnerClaims {
  inquiryId: number;
  accountNumber: string;
  productCode: string;
  amount: number;
  refNumber: string;
  month?: number;
  /** Docs v2 spelling; a v1 sample spells it `CallbackUrls`. */
  callbackUrls?: string[];
  buyerDetails?: { buyerEmail?: string; publicBuyerId?: string };
}

export interface StatusClaims extends PartnerClaims {
  refNumber: string;
}

/** What the simulator accepts once claim names are normalised (see simulator/claims.ts). */
const positiveInt = z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]);
const nonEmpty = z.string().trim().min(1);

export const inquiryClaimsSchema = z.object({
  accountNumber: nonEmpty,
  productCode: nonEmpty,
  amount: positiveInt.optional(),
  month: positiveInt.optional(),
  zoneId: z.string().optional(),
});

export const paymentClaimsSchema = z.object({
  inquiryId: positiveInt,
  accountNumber: nonEmpty,
  productCode: nonEmpty,
  amount: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]),
  refNumber: nonEmpty.max(100),
  month: positiveInt.optional(),
  callbackUrls: z.array(z.string()).optional(),
});

export const statusClaimsSchema = z.object({ refNumber: nonEmpty });
