import type { ErrorBody } from './contract-types';

/**
 * Codes that mean the call never reached the core or its answer never came back: the client's own
 * `offline` (no server, network gone) and `bad_response` (something else answered), and
 * `unauthorized` (the headless server refused the token, or Electron refused a foreign window — the
 * core itself never answers it). Any other refusal (wrong PIN, not enough cash) came FROM the core:
 * the connection works.
 */
const TRANSPORT_CODES = new Set(['offline', 'bad_response', 'unauthorized']);

export function isTransportFailure(error: ErrorBody): boolean {
  return TRANSPORT_CODES.has(error.code);
}
