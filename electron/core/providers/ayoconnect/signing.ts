import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ApiVersion } from './contract/requests';

/**
 * Ayoconnect TOKEN header: a standard JWT, HS256, signed with the partner's API secret
 * (token-generation page): base64url(header) "." base64url(payload) "." base64url(HMAC-SHA256).
 * No exp/iat claims are used by the provider. The header is serialised exactly as the docs show
 * ({"alg":"HS256","typ":"JWT"}), and claims keep their insertion order, so the providers.md test
 * vector reproduces byte for byte. Used by the client (sign) and the simulator (verify).
 */
export interface AyoconnectCredentials {
  /** The API key: sent as the KEY header AND as the `partnerId` claim (they must be equal). */
  apiKey: string;
  /** The API secret: HMAC key of the JWT, never sent. */
  apiSecret: string;
}

const HEADER_SEGMENT = base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function base64Url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

function hmac(secret: string, signingInput: string): Buffer {
  return createHmac('sha256', secret).update(signingInput).digest();
}

/** Undefined claims are dropped (JSON.stringify does the same), so callers can pass optionals. */
export function signJwtHs256(claims: Record<string, unknown>, secret: string): string {
  const signingInput = `${HEADER_SEGMENT}.${base64Url(JSON.stringify(claims))}`;
  return `${signingInput}.${hmac(secret, signingInput).toString('base64url')}`;
}

export type JwtVerification =
  | { ok: true; claims: Record<string, unknown> }
  | { ok: false; reason: 'malformed' | 'unsupported_alg' | 'bad_signature' };

/** Decodes without trusting: used by the simulator to find the claimed partner before verifying. */
export function decodeJwt(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return null;
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0] ?? '', 'base64url').toString('utf8'));
    const claims: unknown = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
    if (!isRecord(header) || !isRecord(claims)) return null;
    return { header, claims };
  } catch {
    return null;
  }
}

export function verifyJwtHs256(token: string, secret: string): JwtVerification {
  const decoded = decodeJwt(token);
  if (!decoded) return { ok: false, reason: 'malformed' };
  if (decoded.header.alg !== 'HS256') return { ok: false, reason: 'unsupported_alg' };
  const [headerPart, payloadPart, signaturePart] = token.split('.') as [string, string, string];
  const expected = hmac(secret, `${headerPart}.${payloadPart}`);
  const given = Buffer.from(signaturePart, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };
  return { ok: true, claims: decoded.claims };
}

/** The headers every call carries: KEY, TOKEN (claims always start with partnerId), VERSION. */
export function buildAuthHeaders(
  credentials: AyoconnectCredentials,
  params: Record<string, unknown>,
  version: ApiVersion,
): Record<string, string> {
  const claims = { partnerId: credentials.apiKey, ...params };
  return {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    KEY: credentials.apiKey,
    TOKEN: signJwtHs256(claims, credentials.apiSecret),
    VERSION: version,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
