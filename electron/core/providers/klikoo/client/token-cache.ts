import type { HttpFunnel } from '../../http/funnel';
import { parseJsonAnswer } from '../../http/parse-answer';
import { parseResponseCode } from '../contract/codes';
import { envelopeSchema, tokenDataSchema } from '../contract/responses';
import { canonicalJson, formatKlikooTimestamp, signAuthSignature } from '../signing';
import type { KlikooCredentials } from '../types';

export const ACCESS_TOKEN_PATH = '/v1/open-api/access-token';

/** Klikoo's documented default lifetime (15 minutes) when the answer omits `expires_in`. */
const DEFAULT_TTL_S = 900;
/** Refresh this long before the announced expiry so a token never dies in flight. */
const REFRESH_MARGIN_S = 60;

export type TokenResult =
  | { ok: true; token: string }
  | { ok: false; retryable: boolean; code: string; message: string };

export interface TokenCache {
  get(): Promise<TokenResult>;
  /** Drop `token` if it is still the cached one (Klikoo rejected it as invalid or expired). */
  invalidate(token: string): void;
}

/**
 * Caches the access token until shortly before `expires_in` runs out, fetches a new one on demand,
 * and lets concurrent callers share a single in-flight token request.
 */
export function createTokenCache(funnel: HttpFunnel, credentials: KlikooCredentials, now: () => number): TokenCache {
  let cached: { token: string; refreshAt: number } | null = null;
  let inflight: Promise<TokenResult> | null = null;

  async function fetchToken(): Promise<TokenResult> {
    const timestamp = formatKlikooTimestamp(now());
    const body = canonicalJson({
      grant_type: 'client_credentials',
      additional_info: { client_id: credentials.clientId, client_secret: credentials.clientSecret },
    });
    const result = await funnel.send({
      method: 'POST',
      path: ACCESS_TOKEN_PATH,
      body,
      headers: {
        'Content-Type': 'application/json',
        'Open-Api-Timestamp': timestamp,
        'Open-Api-Signature': signAuthSignature(credentials.clientId, timestamp, credentials.privateKeyPem),
      },
    });
    const parsed = parseJsonAnswer(result, envelopeSchema, () => true);
    if (!parsed.ok) return { ok: false, retryable: true, code: parsed.reason, message: `Token Klikoo: ${parsed.message}` };
    const code = parseResponseCode(parsed.body.response_code);
    const data = tokenDataSchema.safeParse(parsed.body.data);
    if (code?.http === 200 && parsed.status < 300 && data.success) {
      const ttl = data.data.expires_in ?? DEFAULT_TTL_S;
      const margin = ttl > 2 * REFRESH_MARGIN_S ? REFRESH_MARGIN_S : ttl / 2;
      cached = { token: data.data.access_token, refreshAt: now() + (ttl - margin) * 1000 };
      return { ok: true, token: data.data.access_token };
    }
    const serverSide = parsed.status >= 500 || (code?.http ?? 0) >= 500;
    return {
      ok: false,
      retryable: serverSide || !code,
      code: parsed.body.response_code,
      message: `Token Klikoo ditolak: ${parsed.body.response_message || 'jawaban tidak dikenali'}`,
    };
  }

  return {
    async get() {
      if (cached && now() < cached.refreshAt) return { ok: true, token: cached.token };
      inflight ??= fetchToken().finally(() => {
        inflight = null;
      });
      return inflight;
    },
    invalidate(token) {
      if (cached?.token === token) cached = null;
    },
  };
}
