import type { MoneyOutcome, UnknownReason } from '../../outcome';
import { parseJsonAnswer, unparsedToCheckOutcome, unparsedToOutcome } from '../../http/parse-answer';
import { CASE, parseResponseCode, REFUSED_BEFORE_PROCESSING } from '../contract/codes';
import { envelopeSchema, transactionSchema } from '../contract/responses';
import { providerMessageOf } from './answers';
import { readTransaction, transactionOutcome } from './map-transaction';
import type { CallResult } from './signed-call';

/**
 * products/buy -> MoneyOutcome. Klikoo creates the transaction (201xx2001 "Berhasil dibuat") and
 * settles it later, so the usual answer is `pending` with the transaction_id. `failed` only for a
 * documented 4xx refusal (validation, product, customer number, auth...) that says nothing was
 * created; 409 duplicate reference, any 5xx, transport trouble and odd bodies are `unknown`.
 */
export function mapBuyAnswer(call: CallResult): MoneyOutcome {
  if (call.kind === 'no_token') {
    // The buy itself was never sent: nothing can have been charged.
    return { status: 'failed', code: 'not_sent', message: call.message };
  }
  const result = call.result;
  if (result.kind === 'answer' && result.status >= 500) {
    const said = providerMessageOf(result.body);
    return {
      status: 'unknown',
      reason: 'http_error',
      message: said ? `Klikoo HTTP ${result.status}: ${said}` : `Klikoo menjawab HTTP ${result.status}.`,
      raw: result.body,
    };
  }
  const parsed = parseJsonAnswer(result, envelopeSchema);
  if (!parsed.ok) return unparsedToOutcome(parsed);
  const { body, raw } = parsed;
  const code = parseResponseCode(body.response_code);
  const message = body.response_message;
  if (code && (code.http === 201 || code.http === 200) && parsed.status < 300) {
    const data = transactionSchema.safeParse(body.data);
    if (!data.success) return { status: 'pending', message: message || 'Transaksi dibuat.', raw };
    const read = readTransaction(data.data);
    if (!read.ok) return { status: 'unknown', reason: 'unexpected_answer', message: read.reason, raw };
    const outcome = transactionOutcome(read.tx, message, raw, 'pending');
    // A buy answer is an acknowledgement, not a verdict: a FAILED inside it is confirmed by a status
    // check (transactions/{id}) before the customer's money goes back.
    if (outcome.status !== 'failed') return outcome;
    return { status: 'pending', providerRef: outcome.providerRef || undefined, message: outcome.message, raw };
  }
  if (code && code.http === 409 && code.caseCode === CASE.duplicateReference) {
    // The reference exists at Klikoo: an earlier attempt of THIS sale may have been created.
    return { status: 'unknown', reason: 'unexpected_answer', message: message || 'ReferenceNo sudah digunakan', raw };
  }
  const refused =
    code !== null && code.http >= 400 && code.http < 500 && parsed.status >= 400 && REFUSED_BEFORE_PROCESSING.has(code.caseCode);
  if (refused) return { status: 'failed', code: body.response_code, message: message || body.response_code, raw };
  return {
    status: 'unknown',
    reason: 'unexpected_answer',
    message: message ? `Jawaban Klikoo tidak dikenali (${body.response_code}): ${message}` : 'Jawaban Klikoo tidak dikenali.',
    raw,
  };
}

/**
 * GET transactions/{id} -> MoneyOutcome of the sale it belongs to. Only the provider's FAILED
 * status makes it `failed`; "not found", auth trouble and anything odd leave it `unknown`. The
 * answer must name OUR partner_reference_id: one without it, or with another, settles nothing.
 */
export function mapDetailAnswer(call: CallResult, partnerReferenceId: string): MoneyOutcome & { notOurs?: true } {
  if (call.kind === 'no_token') return noTokenForCheck(call);
  const parsed = parseJsonAnswer(call.result, envelopeSchema, () => true);
  // A status check that never reached Klikoo says nothing about the sale.
  if (!parsed.ok) return unparsedToCheckOutcome(parsed);
  const { body, raw } = parsed;
  const code = parseResponseCode(body.response_code);
  if (!code || code.http !== 200 || parsed.status >= 300) {
    const message = body.response_message || body.response_code;
    const reason = parsed.status >= 500 ? 'http_error' : 'unexpected_answer';
    // "No such transaction": whatever this transaction_id is, it is not one of ours.
    const notOurs = code?.http === 404 && code.caseCode === CASE.transactionNotFound;
    return { status: 'unknown', reason, message, raw, ...(notOurs ? { notOurs: true as const } : {}) };
  }
  const data = transactionSchema.safeParse(body.data);
  if (!data.success) return { status: 'unknown', reason: 'unexpected_answer', message: 'Detail transaksi Klikoo tidak sesuai format.', raw };
  const read = readTransaction(data.data);
  if (!read.ok) return { status: 'unknown', reason: 'unexpected_answer', message: read.reason, raw };
  const named = read.tx.partnerReferenceId.trim();
  if (named !== partnerReferenceId) {
    const message = named === '' ? 'Detail transaksi Klikoo tanpa partner_reference_id.' : `Detail transaksi Klikoo untuk referensi lain (${named}).`;
    // Never its transaction_id as our providerRef: the sale would be asked about someone else's forever.
    return { status: 'unknown', reason: 'unexpected_answer', message, raw, notOurs: true };
  }
  return transactionOutcome(read.tx, body.response_message, raw, 'unknown');
}

/** A status check that could not even get a token was never asked: no answer, never a failure. */
export function noTokenForCheck(call: Extract<CallResult, { kind: 'no_token' }>): MoneyOutcome {
  return { status: 'unknown', reason: checkReasonOf(call.code, call.retryable), message: call.message };
}

/** The unknown-reason of a check whose read call (token, history lookup) ended in an error code. */
export function checkReasonOf(code: string, retryable: boolean): UnknownReason {
  if (code === 'not_sent') return 'not_reached';
  if (CHECK_REASONS.has(code as UnknownReason)) return code as UnknownReason;
  return retryable ? 'connection_reset' : 'unexpected_answer';
}

const CHECK_REASONS: ReadonlySet<UnknownReason> = new Set(['timeout', 'connection_reset', 'http_error', 'html_page', 'malformed_body', 'unexpected_answer']);
