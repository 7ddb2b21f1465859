import { parseJsonAnswer } from '../../http/parse-answer';
import { envelopeSchema } from '../contract/responses';
import type { AyoconnectOutcome } from '../types';
import { mapTransactionAnswer } from './map-transaction';

/**
 * Ayoconnect POSTs the Status body to the partner's callback URL and retries until it gets HTTP 200.
 * No callback signature is documented, so a callback is only a HINT: the receiver answers 200, then
 * confirms with checkStatus(refNumber) before the ledger moves (reliability.md S7).
 */
export type ParsedCallback = { ok: true; refNumber: string; outcome: AyoconnectOutcome } | { ok: false; message: string };

export function parseAyoconnectCallback(rawBody: string): ParsedCallback {
  let refNumber = '';
  try {
    const json: unknown = JSON.parse(rawBody);
    const data = (json as { data?: { refNumber?: unknown } } | null)?.data;
    if (typeof data?.refNumber === 'string') refNumber = data.refNumber.trim();
  } catch {
    return { ok: false, message: 'Callback bukan JSON.' };
  }
  if (refNumber === '') return { ok: false, message: 'Callback tanpa refNumber.' };
  const parsed = parseJsonAnswer({ kind: 'answer', status: 200, contentType: 'application/json', body: rawBody }, envelopeSchema);
  return { ok: true, refNumber, outcome: mapTransactionAnswer(parsed, refNumber, 'status') };
}
