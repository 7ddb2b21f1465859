import type { z } from 'zod';
import type { HttpResult } from './funnel';
import type { MoneyOutcome, ReadResult, UnknownReason } from '../outcome';

/**
 * Shared first step of mapping an HTTP result: transport failures, 5xx, HTML pages and bodies that
 * are not JSON of the expected shape are decided here, identically for every provider. What is left
 * (a parsed, schema-valid body) is for the provider's own mapping.
 */
export type Parsed<T> =
  | { ok: true; status: number; body: T; raw: string }
  | { ok: false; reason: UnknownReason | 'not_sent'; message: string; raw?: string };

export function parseJsonAnswer<S extends z.ZodType>(
  result: HttpResult,
  schema: S,
  acceptStatus: (status: number) => boolean = (s) => s >= 200 && s < 500,
): Parsed<z.output<S>> {
  if (result.kind === 'transport') {
    return { ok: false, reason: result.reason === 'network' ? 'connection_reset' : result.reason, message: result.message };
  }
  const raw = result.body;
  if (!acceptStatus(result.status)) {
    return { ok: false, reason: 'http_error', message: `Provider menjawab HTTP ${result.status}.`, raw };
  }
  // Judged by the body, not the label: PHP hosts often send JSON as text/html.
  if (/^\s*</.test(raw)) {
    return { ok: false, reason: 'html_page', message: 'Provider mengirim halaman HTML, bukan jawaban API.', raw };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'malformed_body', message: 'Jawaban provider rusak (bukan JSON).', raw };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, reason: 'unexpected_answer', message: 'Jawaban provider tidak sesuai format.', raw };
  }
  return { ok: true, status: result.status, body: parsed.data, raw };
}

/** For the call that would move money: anything that did not parse is `unknown` (or `failed` if never sent). */
export function unparsedToOutcome(parsed: Extract<Parsed<unknown>, { ok: false }>): MoneyOutcome {
  if (parsed.reason === 'not_sent') {
    return { status: 'failed', code: 'not_sent', message: parsed.message };
  }
  return { status: 'unknown', reason: parsed.reason, message: parsed.message, raw: parsed.raw };
}

/**
 * For status checks and lookups of an EARLIER request: anything that did not parse is `unknown`.
 * A connection that was never made (`not_sent`) reached nobody, so it says nothing about the sale
 * asked about: `unknown` with reason `not_reached`, never `failed`.
 */
export function unparsedToCheckOutcome(parsed: Extract<Parsed<unknown>, { ok: false }>): MoneyOutcome {
  if (parsed.reason === 'not_sent') {
    return { status: 'unknown', reason: 'not_reached', message: `Cek status tidak sampai ke provider: ${parsed.message}` };
  }
  return { status: 'unknown', reason: parsed.reason, message: parsed.message, raw: parsed.raw };
}

/** For read calls: anything that did not parse is a retryable error. */
export function unparsedToReadError(parsed: Extract<Parsed<unknown>, { ok: false }>): ReadResult<never> {
  return { ok: false, retryable: true, code: parsed.reason, message: parsed.message };
}
