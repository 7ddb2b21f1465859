import type { ErrorBody } from '../api/contract-types';

/** Codes the renderer itself produces; their text follows the UI language. */
const LOCAL_CODES = new Set(['offline', 'bad_response']);

/**
 * The core writes its refusals in Bahasa Indonesia with the detail the cashier needs ("Nominal
 * \"abc\" tidak valid..."), so those are shown as sent; only the client's own errors are translated.
 */
export function errorText(error: ErrorBody, t: (key: string) => string): string {
  return LOCAL_CODES.has(error.code) ? t(`errors.${error.code}`) : error.message;
}
