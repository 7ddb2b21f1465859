import type { SimRequest, SimResponse } from '../../sim-kit';
import { CASE } from '../contract/codes';
import { authSignatureHelperSchema, signatureHelperSchema } from '../contract/requests';
import { canonicalJson, signAuthSignature, signRequest } from '../signing';
import { AUTH, readBody, type SimContext } from './context';
import { answer, refuse } from './respond';

/**
 * Klikoo's two TESTING-ONLY helpers ("not for production" in the docs): they compute the auth
 * signature and the request signature for a developer. Answer code "2000100" as in the docs sample.
 */
export function handleAuthSignatureHelper() {
  return (req: SimRequest): SimResponse => {
    const body = readBody(req, authSignatureHelperSchema, AUTH);
    let pem: string;
    try {
      pem = Buffer.from(body.private_key, 'base64').toString('utf8');
      return helperAnswer(signAuthSignature(body.client_id, body.timestamp, pem));
    } catch {
      return refuse(400, AUTH, CASE.validation, 'Validasi Error: private_key');
    }
  };
}

export function handleSignatureHelper(ctx: SimContext) {
  return (req: SimRequest): SimResponse => {
    const body = readBody(req, signatureHelperSchema, AUTH);
    if (body.client_id !== ctx.credentials.clientId) return answer(401, AUTH, CASE.badCredentials);
    const payload = body.body === undefined ? '' : canonicalJson(body.body);
    const signature = signRequest(ctx.credentials.clientSecret, {
      method: body.method,
      path: body.path,
      accessToken: body.token,
      body: payload,
      timestamp: body.timestamp,
    });
    return helperAnswer(signature);
  };
}

function helperAnswer(signature: string): SimResponse {
  return { status: 200, json: { response_code: '2000100', response_message: 'Sukses', data: { signature } } };
}
