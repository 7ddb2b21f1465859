import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { SimRequest, SimResponse } from '../../sim-kit';
import { CASE } from '../contract/codes';
import { tokenRequestSchema } from '../contract/requests';
import { parseKlikooTimestamp, safeEqual, verifyAuthSignature, verifyRequestSignature } from '../signing';
import { AUTH, header, readBody, type SimContext } from './context';
import { answer, refuse } from './respond';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JWT_KEY = randomBytes(32);

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A JWT-shaped opaque token; the simulator only trusts tokens it remembers issuing. */
function issueJwt(clientId: string, issuedAt: number, ttlSeconds: number): string {
  const head = b64url({ alg: 'HS256', typ: 'JWT' });
  const body = b64url({ client_id: clientId, iat: Math.floor(issuedAt / 1000), exp: Math.floor(issuedAt / 1000) + ttlSeconds, jti: randomUUID() });
  const sig = createHmac('sha256', JWT_KEY).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

/** Open-Api-Timestamp present, ISO-8601, and within the allowed clock skew. */
function checkTimestamp(req: SimRequest, ctx: SimContext): { ok: true; timestamp: string } | { ok: false; response: SimResponse } {
  const timestamp = header(req, 'open-api-timestamp');
  if (!timestamp) return { ok: false, response: refuse(400, AUTH, CASE.emptyField, 'Field tidak boleh kosong: Open-Api-Timestamp') };
  const at = parseKlikooTimestamp(timestamp);
  if (at === null || Math.abs(at - ctx.now()) > ctx.options.maxClockSkewMs) {
    return { ok: false, response: answer(400, AUTH, CASE.badTimestamp) };
  }
  return { ok: true, timestamp };
}

/** POST /v1/open-api/access-token: RSA auth signature over `client_id|timestamp`, then credentials. */
export function handleAccessToken(ctx: SimContext) {
  return (req: SimRequest): SimResponse => {
    const ts = checkTimestamp(req, ctx);
    if (!ts.ok) return ts.response;
    const body = readBody(req, tokenRequestSchema, AUTH);
    if (body.grant_type !== 'client_credentials') return answer(400, AUTH, CASE.badGrantType);
    const { client_id: clientId, client_secret: clientSecret } = body.additional_info;
    if (!UUID.test(clientId)) return answer(400, AUTH, CASE.badUuid);
    if (clientId !== ctx.credentials.clientId) return answer(401, AUTH, CASE.badCredentials);
    const signature = header(req, 'open-api-signature');
    if (!signature) return refuse(400, AUTH, CASE.emptyField, 'Field tidak boleh kosong: Open-Api-Signature');
    if (!verifyAuthSignature(clientId, ts.timestamp, signature, ctx.publicKeyPem)) return answer(400, AUTH, CASE.badSignature);
    if (!safeEqual(clientSecret, ctx.credentials.clientSecret)) return answer(401, AUTH, CASE.badCredentials);
    const now = ctx.now();
    const token = issueJwt(clientId, now, ctx.options.tokenTtlSeconds);
    ctx.state.tokens.set(token, { clientId, expiresAt: now + ctx.options.tokenTtlSeconds * 1000 });
    ctx.state.tokensIssued += 1;
    return answer(200, AUTH, CASE.success, { access_token: token, token_type: 'Bearer', expires_in: ctx.options.tokenTtlSeconds });
  };
}

/**
 * Guard of every business endpoint: Bearer token known and unexpired, timestamp valid, and the
 * HMAC-SHA512 Open-Api-Signature over METHOD:PATH:token:sha256(body):timestamp with the client secret.
 * Returns null when the request may proceed.
 */
export function authorize(req: SimRequest, ctx: SimContext): SimResponse | null {
  const auth = header(req, 'authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(auth);
  const token = match?.[1];
  const known = token === undefined ? undefined : ctx.state.tokens.get(token);
  if (!token || !known) return answer(401, AUTH, CASE.badToken);
  if (ctx.now() >= known.expiresAt) return answer(401, AUTH, CASE.tokenExpired);
  const ts = checkTimestamp(req, ctx);
  if (!ts.ok) return ts.response;
  const signature = header(req, 'open-api-signature');
  if (!signature) return refuse(400, AUTH, CASE.emptyField, 'Field tidak boleh kosong: Open-Api-Signature');
  const query = req.query.toString();
  const valid = verifyRequestSignature(
    ctx.credentials.clientSecret,
    { method: req.method, urlPath: req.path, query, accessToken: token, rawBody: req.rawBody, timestamp: ts.timestamp },
    signature,
  );
  return valid ? null : answer(400, AUTH, CASE.badSignature);
}

/** Wraps a business handler with the guard. */
export function guarded(ctx: SimContext, handle: (req: SimRequest) => SimResponse | Promise<SimResponse>) {
  return (req: SimRequest): SimResponse | Promise<SimResponse> => authorize(req, ctx) ?? handle(req);
}
