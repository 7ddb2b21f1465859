import { createHash, createHmac, createPublicKey, sign, timingSafeEqual, verify } from 'node:crypto';

/**
 * Klikoo B2B OpenAPI signatures (providers.md 4.2), as pure functions shared by the client and the
 * simulator's verifier so both sides are tested against the same vectors.
 *
 * A. Token request:  base64( SHA256withRSA( client_id + "|" + timestamp ) ) with the partner's key.
 * B. Other calls:    base64( HMAC-SHA512( client_secret,
 *                      METHOD:PATH:ACCESS_TOKEN:lowerhex(sha256(minified body)):TIMESTAMP ) )
 * PATH is the API path WITHOUT the `/klikoo-b2b` prefix of the base URL (docs' Get Signature example).
 */

export const KLIKOO_BASE_PREFIX = '/klikoo-b2b';

/** WIB wall-clock time, `yyyy-MM-ddTHH:mm:ss.SSS+07:00`, the form of the docs' examples. */
export function formatKlikooTimestamp(epochMs: number): string {
  const wib = new Date(epochMs + 7 * 3600_000);
  const iso = wib.toISOString(); // 2024-02-07T03:28:35.000Z shifted to WIB digits
  return `${iso.slice(0, 23)}+07:00`;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Epoch ms of a header timestamp, or null when it is not the documented ISO-8601 shape. */
export function parseKlikooTimestamp(text: string): number | null {
  if (!TIMESTAMP.test(text)) return null;
  const ms = Date.parse(text.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isFinite(ms) ? ms : null;
}

export function authStringToSign(clientId: string, timestamp: string): string {
  return `${clientId}|${timestamp}`;
}

export function signAuthSignature(clientId: string, timestamp: string, privateKeyPem: string): string {
  return sign('sha256', Buffer.from(authStringToSign(clientId, timestamp), 'utf8'), privateKeyPem).toString('base64');
}

export function verifyAuthSignature(clientId: string, timestamp: string, signature: string, publicKeyPem: string): boolean {
  try {
    const sig = Buffer.from(signature, 'base64');
    return verify('sha256', Buffer.from(authStringToSign(clientId, timestamp), 'utf8'), publicKeyPem, sig);
  } catch {
    return false;
  }
}

export function publicKeyOf(privateKeyPem: string): string {
  return createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
}

/**
 * Minified JSON with object keys sorted: the docs' example hash is of the key-sorted form (their
 * backend re-marshals a Go map), so the client sends exactly these bytes and hashes them.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** lowercase hex SHA-256 of the body text; GET / empty body hashes "" (e3b0c442...b855). */
export function hashPayload(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

export interface RequestSignatureParts {
  method: string;
  /** API path without `/klikoo-b2b` and without query string. */
  path: string;
  accessToken: string;
  /** The body text exactly as sent ("" for GET). */
  body: string;
  timestamp: string;
}

export function requestStringToSign(parts: RequestSignatureParts): string {
  return [parts.method.toUpperCase(), parts.path, parts.accessToken, hashPayload(parts.body), parts.timestamp].join(':');
}

export function signRequest(clientSecret: string, parts: RequestSignatureParts): string {
  return hmacSha512(clientSecret, requestStringToSign(parts));
}

function hmacSha512(key: string, text: string): string {
  return createHmac('sha512', key).update(text, 'utf8').digest('base64');
}

/** The path Klikoo signs: the URL path minus the base prefix, minus the query string. */
export function signedPathOf(urlPath: string): string {
  const path = urlPath.split('?')[0] ?? '';
  return path.startsWith(KLIKOO_BASE_PREFIX + '/') ? path.slice(KLIKOO_BASE_PREFIX.length) : path;
}

/**
 * The simulator's verifier. Tolerant where the docs and real clients disagree (providers.md 4.2):
 * METHOD in upper or lower case, the body hashed as sent or in key-sorted canonical form, and the
 * path with or without the query string.
 */
export function verifyRequestSignature(
  clientSecret: string,
  request: { method: string; urlPath: string; query: string; accessToken: string; rawBody: string; timestamp: string },
  signature: string,
): boolean {
  const path = signedPathOf(request.urlPath);
  const paths = request.query ? [path, `${path}?${request.query}`] : [path];
  const methods = [request.method.toUpperCase(), request.method.toLowerCase()];
  const bodies = [request.rawBody];
  const canonical = canonicalOf(request.rawBody);
  if (canonical !== null && canonical !== request.rawBody) bodies.push(canonical);
  for (const p of paths) {
    for (const m of methods) {
      for (const b of bodies) {
        const str = [m, p, request.accessToken, hashPayload(b), request.timestamp].join(':');
        if (safeEqual(hmacSha512(clientSecret, str), signature)) return true;
      }
    }
  }
  return false;
}

function canonicalOf(rawBody: string): string | null {
  if (rawBody.trim() === '') return null;
  try {
    return canonicalJson(JSON.parse(rawBody));
  } catch {
    return null;
  }
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
