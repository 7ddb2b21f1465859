import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { MoneyError } from '../money';
import { contract, isChannel, type Channel, type ChannelOutput, type Result } from './contract';

export type Handlers = {
  [C in Channel]: (input: z.output<(typeof contract)[C]['input']>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export type Dispatch = (channel: unknown, rawInput: unknown) => Promise<Result<unknown>>;

/**
 * Turns the handler map into the one function every transport calls: unknown channels and inputs
 * that fail their schema are refused before any handler runs; business errors come back as
 * `{ ok: false }` with readable text; anything unexpected is logged and reported without its stack.
 */
export function createDispatcher(handlers: Handlers, log: (msg: string, err: unknown) => void = logToStderr): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return fail('unknown_channel', `Perintah tidak dikenal: ${String(channel).slice(0, 80)}`);
    }
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error));
    let value: unknown;
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      value = await handler(parsed.data);
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.message);
      if (err instanceof MoneyError) return fail('invalid_input', err.message);
      log(`handler ${channel} failed`, err);
      return fail('internal', 'Terjadi kesalahan di aplikasi. Data tidak diubah; coba lagi.');
    }
    // The handler has finished (and may have written): a bad answer must not claim nothing changed.
    const output = contract[channel].output.safeParse(value);
    if (!output.success) {
      log(`answer of ${channel} failed its schema`, output.error);
      return fail('internal', ANSWER_NOT_SHOWN);
    }
    return { ok: true, value: output.data };
  };
}

export const ANSWER_NOT_SHOWN =
  'Perintah sudah dijalankan dan datanya tersimpan, tetapi hasilnya tidak dapat ditampilkan. Muat ulang layar dan periksa datanya sebelum mengulang.';

function fail(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function logToStderr(msg: string, err: unknown): void {
  console.error(`[loket] ${msg}:`, err);
}
