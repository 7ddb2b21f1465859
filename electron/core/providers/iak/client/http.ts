import type { HttpFunnel, HttpResult } from '../../http/funnel';

/**
 * IAK answers business results with HTTP 200 (and, per its JS SDK, sometimes 400 with the same
 * `{"data": {...}}` body). Any other status is "something went wrong on IAK's end": not trusted.
 */
export const iakHttpStatusOk = (status: number): boolean => status === 200 || status === 400;

export function postJson(funnel: HttpFunnel, path: string, body: Record<string, unknown>): Promise<HttpResult> {
  return funnel.send({
    method: 'POST',
    path,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Path segments from callers (price-list type/operator) are encoded, never concatenated raw. */
export function pathWith(base: string, ...segments: (string | undefined)[]): string {
  const parts = segments.filter((s): s is string => s !== undefined && s !== '').map(encodeURIComponent);
  return [base, ...parts].join('/');
}
