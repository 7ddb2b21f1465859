import type { SimRequest, SimResponse } from '../../sim-kit';
import { RC } from '../contract/response-codes';
import { verifyJwtHs256, type AyoconnectCredentials } from '../signing';
import { reply } from './wire';

/**
 * Authentication as documented (token-generation page): KEY header = the partner's API key, TOKEN
 * header = HS256 JWT signed with the API secret whose `partnerId` claim equals KEY, VERSION header
 * 1.0 or 2.0. Parameters are the JWT claims; the HTTP body is ignored (it is empty in every official
 * sample). Claim names are matched case-insensitively because the docs' own sample writes
 * `AccountNumber`/`ProductCode`. A wrong key, signature or partnerId answers 401 "Akses tidak sah"
 * (HTTP 401: the HTTP status for this is not documented, see docs/providers/ayoconnect.md).
 */
const CANONICAL = [
  'partnerId',
  'accountNumber',
  'productCode',
  'inquiryId',
  'refNumber',
  'amount',
  'month',
  'zoneId',
  'callbackUrls',
  'buyerDetails',
] as const;

export function normaliseClaims(claims: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(claims)) {
    const canonical = CANONICAL.find((c) => c.toLowerCase() === key.toLowerCase());
    const name = canonical ?? key;
    if (out[name] === undefined) out[name] = value;
  }
  return out;
}

export type AuthResult = { ok: true; claims: Record<string, unknown> } | { ok: false; response: SimResponse };

function header(req: SimRequest, name: string): string {
  const value = req.headers[name.toLowerCase()];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

const unauthorised = (): AuthResult => ({ ok: false, response: reply(RC.UNAUTHORISED, {}, { httpStatus: 401 }) });

export function authenticate(req: SimRequest, credentials: AyoconnectCredentials): AuthResult {
  const key = header(req, 'KEY');
  const token = header(req, 'TOKEN');
  if (key === '' || token === '' || key !== credentials.apiKey) return unauthorised();
  const verified = verifyJwtHs256(token, credentials.apiSecret);
  if (!verified.ok) return unauthorised();
  const claims = normaliseClaims(verified.claims);
  if (claims.partnerId !== key) return unauthorised();
  const version = header(req, 'VERSION');
  if (version !== '1.0' && version !== '2.0') return { ok: false, response: reply(RC.BAD_REQUEST, {}) };
  return { ok: true, claims };
}
