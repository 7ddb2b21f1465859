import axios, { type AxiosError, type AxiosInstance } from 'axios';

/**
 * The one way provider clients talk HTTP. It never throws: every call ends either as an `answer`
 * (any HTTP status, body kept as text so the client decides how to parse it) or as a transport
 * failure classified by whether the request may have reached the provider.
 */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  query?: Record<string, string>;
  /** Overrides the funnel's timeout for this call (e.g. a slower issue call). */
  timeoutMs?: number;
}

export type HttpAnswer = { kind: 'answer'; status: number; contentType: string; body: string };
export type TransportFailure = {
  kind: 'transport';
  /** not_sent: the connection was never made, so the provider cannot have acted on it. */
  reason: 'not_sent' | 'timeout' | 'connection_reset' | 'network';
  message: string;
};
export type HttpResult = HttpAnswer | TransportFailure;

export interface HttpFunnel {
  readonly baseUrl: string;
  send(request: HttpRequest): Promise<HttpResult>;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export function createHttpFunnel(options: { baseUrl: string; timeoutMs: number }): HttpFunnel {
  const instance: AxiosInstance = axios.create({
    baseURL: options.baseUrl.replace(/\/+$/, ''),
    timeout: options.timeoutMs,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxRedirects: 0,
    maxContentLength: MAX_BODY_BYTES,
    proxy: false,
  });
  return {
    baseUrl: options.baseUrl,
    async send(request) {
      try {
        const response = await instance.request<string>({
          method: request.method,
          url: request.path,
          headers: request.headers,
          data: request.body,
          params: request.query,
          timeout: request.timeoutMs ?? options.timeoutMs,
        });
        const contentType = String(response.headers['content-type'] ?? '');
        return { kind: 'answer', status: response.status, contentType, body: String(response.data ?? '') };
      } catch (err) {
        return classifyTransportError(err as AxiosError);
      }
    },
  };
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_BAD_RESPONSE', 'ECONNABORTED_RESET']);

export function classifyTransportError(err: AxiosError): TransportFailure {
  const code = err.code ?? '';
  if (NOT_SENT_CODES.has(code)) {
    return { kind: 'transport', reason: 'not_sent', message: `Tidak dapat terhubung ke provider (${code}).` };
  }
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(err.message)) {
    return { kind: 'transport', reason: 'timeout', message: 'Provider tidak menjawab tepat waktu.' };
  }
  if (RESET_CODES.has(code) || /socket hang up|reset/i.test(err.message)) {
    return { kind: 'transport', reason: 'connection_reset', message: 'Koneksi ke provider terputus.' };
  }
  return { kind: 'transport', reason: 'network', message: `Gangguan jaringan ke provider (${code || err.message}).` };
}
