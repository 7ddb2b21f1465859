import type { z } from 'zod';
import type { ReadResult } from '../../outcome';
import { parseJsonAnswer, unparsedToReadError, type Parsed } from '../../http/parse-answer';
import { parseResponseCode } from '../contract/codes';
import { envelopeSchema, type Envelope } from '../contract/responses';
import type { CallResult } from './signed-call';

/** Klikoo answers 2xx bodies with a 200/201 code; anything else is its refusal or error. */
export function isOkCode(code: string): boolean {
  const parsed = parseResponseCode(code);
  return parsed !== null && (parsed.http === 200 || parsed.http === 201);
}

/** The provider's own text from a body we could not otherwise use (e.g. a 5xx with JSON). */
export function providerMessageOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const body = JSON.parse(raw) as { response_message?: unknown };
    return typeof body.response_message === 'string' && body.response_message !== '' ? body.response_message : undefined;
  } catch {
    return undefined;
  }
}

/** Envelope of any HTTP status (Klikoo puts its code in the body of 4xx/5xx answers too). */
export function parseEnvelope(call: CallResult): Parsed<Envelope> {
  if (call.kind === 'no_token') return { ok: false, reason: 'not_sent', message: call.message };
  return parseJsonAnswer(call.result, envelopeSchema, () => true);
}

/**
 * Shared mapping of read calls: transport trouble and server-side errors are retryable; Klikoo's
 * 4xx refusals are not; a success whose `data` does not have the expected shape is an error too.
 */
export function readCall<D extends z.ZodType, T>(
  call: CallResult,
  dataSchema: D,
  build: (data: z.output<D>, envelope: Envelope) => T,
): ReadResult<T> {
  if (call.kind === 'no_token') return { ok: false, retryable: call.retryable, code: call.code, message: call.message };
  const parsed = parseEnvelope(call);
  if (!parsed.ok) return unparsedToReadError(parsed);
  return readParsed(parsed.status, parsed.body, dataSchema, build);
}

export function readParsed<D extends z.ZodType, T>(
  httpStatus: number,
  envelope: Envelope,
  dataSchema: D,
  build: (data: z.output<D>, envelope: Envelope) => T,
): ReadResult<T> {
  if (!isOkCode(envelope.response_code) || httpStatus >= 300) return refusal(httpStatus, envelope);
  const data = dataSchema.safeParse(envelope.data);
  if (!data.success) {
    return { ok: false, retryable: true, code: 'unexpected_answer', message: 'Jawaban Klikoo tidak sesuai format.' };
  }
  try {
    return { ok: true, value: build(data.data, envelope) };
  } catch (err) {
    return { ok: false, retryable: true, code: 'unexpected_answer', message: err instanceof Error ? err.message : String(err) };
  }
}

export function refusal(httpStatus: number, envelope: Envelope): ReadResult<never> {
  const code = parseResponseCode(envelope.response_code);
  const serverSide = httpStatus >= 500 || (code?.http ?? 500) >= 500;
  return {
    ok: false,
    retryable: serverSide,
    code: envelope.response_code,
    message: envelope.response_message || `Klikoo menolak permintaan (${envelope.response_code}).`,
  };
}
