import type { SimRequest, SimResponse } from '../../sim-kit';
import { credentialsMatch, decodeForm, type MmbcCredentials } from '../auth';

/**
 * How the simulator reads and answers like MMBC's PHP back end: fields come from a
 * form-urlencoded body (a JSON body is simply not read, as PHP's $_POST would not), with query
 * string fields accepted too since some clients send them there; every answer is HTTP 200 JSON,
 * `result: "no"` + `reason` on refusal; unknown paths get an HTML 404 page.
 */
export function formOf(req: SimRequest): Record<string, string> {
  const contentType = String(req.headers['content-type'] ?? '');
  const body = contentType === '' || /x-www-form-urlencoded/i.test(contentType) ? decodeForm(req.rawBody) : {};
  return { ...Object.fromEntries(req.query), ...body };
}

export const ok = (body: unknown): SimResponse => ({ status: 200, json: body });
export const no = (reason: string, extra: Record<string, string> = {}): SimResponse => ({
  status: 200,
  json: { result: 'no', reason, ...extra },
});

export const INVALID_LOGIN = 'invalid login';

/** The documented refusal when username/password do not match. */
export function loginRefusal(form: Record<string, string>, account: MmbcCredentials): SimResponse | undefined {
  return credentialsMatch(form, account) ? undefined : no(INVALID_LOGIN);
}

export function htmlNotFound(): SimResponse {
  return {
    status: 404,
    contentType: 'text/html; charset=iso-8859-1',
    text:
      '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n' +
      '<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n',
  };
}
