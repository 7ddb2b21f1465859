import type { HttpFunnel, HttpResult } from '../../http/funnel';
import { parseResponseCode, TOKEN_REJECTED } from '../contract/codes';
import { canonicalJson, formatKlikooTimestamp, signRequest } from '../signing';
import type { TokenCache } from './token-cache';

export interface SignedCall {
  method: 'GET' | 'POST';
  /** API path as Klikoo signs it: `/v1/open-api/...` (the base URL carries `/klikoo-b2b`). */
  path: string;
  body?: unknown;
  query?: Record<string, string>;
}

export type CallResult =
  /** No usable access token: the call itself never left this machine. */
  | { kind: 'no_token'; retryable: boolean; code: string; message: string }
  | { kind: 'sent'; result: HttpResult };

/**
 * Sends one business call: key-sorted minified JSON body, HMAC-SHA512 `Open-Api-Signature` over
 * METHOD:PATH:token:sha256(body):timestamp, Bearer token. If Klikoo answers "token invalid/expired"
 * (401xx6500 / 401xx6535) the token is dropped, a new one fetched, and the call re-signed and sent
 * once more: Klikoo refused it at the door, so repeating it (same partner_reference_id) is safe.
 */
export function createSignedCaller(funnel: HttpFunnel, clientSecret: string, tokens: TokenCache, now: () => number) {
  async function sendWith(token: string, call: SignedCall): Promise<HttpResult> {
    const body = call.body === undefined ? '' : canonicalJson(call.body);
    const timestamp = formatKlikooTimestamp(now());
    const signature = signRequest(clientSecret, { method: call.method, path: call.path, accessToken: token, body, timestamp });
    return funnel.send({
      method: call.method,
      path: call.path,
      query: call.query,
      body: call.method === 'GET' ? undefined : body,
      headers: {
        'Content-Type': 'application/json',
        'Open-Api-Timestamp': timestamp,
        'Open-Api-Signature': signature,
        Authorization: `Bearer ${token}`,
      },
    });
  }

  return async function call(spec: SignedCall): Promise<CallResult> {
    const first = await tokens.get();
    if (!first.ok) return { kind: 'no_token', retryable: first.retryable, code: first.code, message: first.message };
    const result = await sendWith(first.token, spec);
    if (!isTokenRejection(result)) return { kind: 'sent', result };
    tokens.invalidate(first.token);
    const second = await tokens.get();
    if (!second.ok) return { kind: 'no_token', retryable: second.retryable, code: second.code, message: second.message };
    return { kind: 'sent', result: await sendWith(second.token, spec) };
  };
}

function isTokenRejection(result: HttpResult): boolean {
  if (result.kind !== 'answer' || result.status !== 401) return false;
  try {
    const body = JSON.parse(result.body) as { response_code?: unknown };
    const code = parseResponseCode(String(body.response_code ?? ''));
    return code !== null && code.http === 401 && TOKEN_REJECTED.has(code.caseCode);
  } catch {
    return false;
  }
}

export type SignedCaller = ReturnType<typeof createSignedCaller>;
