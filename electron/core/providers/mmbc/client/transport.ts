import { z } from 'zod';
import { createHttpFunnel, type HttpResult } from '../../http/funnel';
import { parseJsonAnswer, type Parsed } from '../../http/parse-answer';
import { encodeForm, FORM_CONTENT_TYPE, withAuth, type MmbcCredentials } from '../auth';

/**
 * The client's single way out: one funnel (one axios instance) for every MMBC call. Bodies are
 * form-urlencoded; only HTTP 200 is an answer (MMBC documents no other status, so anything else
 * is left to the shared mapping as `http_error`). Answers are decoded as JSON here and judged by
 * the callers' schemas.
 */
export interface MmbcTransport {
  /** An authenticated POST: username and password are added to `fields`. */
  post(path: string, fields: Record<string, string>): Promise<Parsed<unknown>>;
  /** A POST without the password field (resetpassword). */
  postUnauthenticated(path: string, fields: Record<string, string>): Promise<Parsed<unknown>>;
  get(path: string): Promise<Parsed<unknown>>;
}

const anyJson = z.unknown();
const only200 = (status: number) => status === 200;

export function createMmbcTransport(options: { baseUrl: string; credentials: MmbcCredentials; timeoutMs: number }): MmbcTransport {
  const funnel = createHttpFunnel({ baseUrl: options.baseUrl, timeoutMs: options.timeoutMs });
  const post = async (path: string, fields: Record<string, string>) =>
    judge(
      await funnel.send({
        method: 'POST',
        path,
        headers: { 'Content-Type': FORM_CONTENT_TYPE, Accept: 'application/json' },
        body: encodeForm(fields),
      }),
    );
  return {
    post: (path, fields) => post(path, withAuth(options.credentials, fields)),
    postUnauthenticated: post,
    get: async (path) => judge(await funnel.send({ method: 'GET', path, headers: { Accept: 'application/json' } })),
  };
}

/**
 * PHP back ends often label JSON as text/html. A body that plainly starts like JSON is judged as
 * JSON whatever its label; a real HTML page (starting with '<') is still an HTML page.
 */
function judge(result: HttpResult): Parsed<unknown> {
  if (result.kind === 'answer' && /text\/html/i.test(result.contentType) && /^\s*[[{]/.test(result.body)) {
    return parseJsonAnswer({ ...result, contentType: 'application/json' }, anyJson, only200);
  }
  return parseJsonAnswer(result, anyJson, only200);
}
