import type { MoneyOutcome } from '../../outcome';
import { callbackSchema } from '../contract/responses';
import { readTransaction, transactionOutcome } from './map-transaction';

export type KlikooCallback =
  | { ok: true; partnerReferenceId: string; transactionId: string; outcome: MoneyOutcome }
  | { ok: false; message: string };

/**
 * Reads a purchase callback body (Klikoo POSTs it to the URL its team configured). The docs define
 * no signature for it, so it is a HINT: the engine must confirm with checkTransaction() before
 * settling a sale. Never throws; answer the sender HTTP 200 whatever this returns.
 */
export function parseKlikooCallback(rawBody: string): KlikooCallback {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { ok: false, message: 'Callback Klikoo bukan JSON.' };
  }
  const parsed = callbackSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'Callback Klikoo tidak sesuai format.' };
  const read = readTransaction(parsed.data);
  if (!read.ok) return { ok: false, message: `Callback Klikoo: ${read.reason}` };
  return {
    ok: true,
    partnerReferenceId: parsed.data.partner_reference_id,
    transactionId: parsed.data.transaction_id,
    outcome: transactionOutcome(read.tx, parsed.data.response_message, rawBody, 'unknown'),
  };
}
