import { unparsedToCheckOutcome, type Parsed } from '../../http/parse-answer';
import type { MoneyOutcome, ReadResult } from '../../outcome';
import { refusalSchema, refusalText } from '../contract/common';

/** Small shared pieces of the MMBC mappings. */
export type Failed = Extract<Parsed<unknown>, { ok: false }>;

/** The reason text when the body is a `result: "no"` answer, else undefined. */
export function refusalOf(body: unknown): string | undefined {
  const refusal = refusalSchema.safeParse(body);
  return refusal.success ? refusalText(refusal.data) : undefined;
}

export function readRefused(text: string): ReadResult<never> {
  if (/invalid login|failed login/i.test(text)) return { ok: false, retryable: false, code: 'invalid_login', message: text };
  return { ok: false, retryable: false, code: 'refused', message: text || 'MMBC menolak permintaan.' };
}

export function readUnexpected(): ReadResult<never> {
  return { ok: false, retryable: true, code: 'unexpected_answer', message: 'Jawaban MMBC tidak sesuai format.' };
}

export function unexpectedOutcome(raw: string | undefined, message = 'Jawaban MMBC tidak sesuai format.'): MoneyOutcome {
  return { status: 'unknown', reason: 'unexpected_answer', message, raw };
}

/**
 * A status check that could not be read says nothing about the sale. Even `not_sent` (no
 * connection) must not become `failed`, which would read as "the sale failed": it is `unknown`
 * (`not_reached`).
 */
export function statusCheckUnparsed(parsed: Failed): MoneyOutcome {
  return unparsedToCheckOutcome(parsed);
}

/** Turns any throw inside a mapping into a result (the client never throws). */
export async function neverThrowMoney(run: () => Promise<MoneyOutcome>): Promise<MoneyOutcome> {
  try {
    return await run();
  } catch (err) {
    return { status: 'unknown', reason: 'unexpected_answer', message: `Kesalahan saat membaca jawaban MMBC: ${String(err)}` };
  }
}

export async function neverThrowRead<T>(run: () => Promise<ReadResult<T>>): Promise<ReadResult<T>> {
  try {
    return await run();
  } catch (err) {
    return { ok: false, retryable: true, code: 'client_error', message: `Kesalahan saat membaca jawaban MMBC: ${String(err)}` };
  }
}

export function invalidInput(message: string): ReadResult<never> {
  return { ok: false, retryable: false, code: 'invalid_input', message };
}
