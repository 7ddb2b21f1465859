import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { MoneyError } from '../money';
import { runAsCaller, type CallContext } from '../users/call-context';
import type { SessionUser } from '../domain/user-role';
import { accessOf, type ChannelAccess } from './access';
import { contract, isChannel, type Channel, type ChannelOutput, type Result } from './contract';

export type { CallContext } from '../users/call-context';

export type Handlers = {
  [C in Channel]: (input: z.output<(typeof contract)[C]['input']>, call: CallContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** `session`: the shell's name for the caller (one Electron window, or the headless token). */
export type Dispatch = (channel: unknown, rawInput: unknown, session: string) => Promise<Result<unknown>>;

export type Admission = { ok: true; call: CallContext } | { ok: false; who: SessionUser | null; error: AppError };

/** Decides who calls from a session and whether the access table lets them (users/access-gate.ts). */
export interface AccessGate {
  admit(session: string, channel: Channel, access: ChannelAccess, input: unknown): Admission;
}

/** Watches calls for the audit log: wraps the admitted ones, hears the refused ones. */
export interface CallObserver {
  run<T>(call: CallContext, channel: Channel, access: ChannelAccess, input: unknown, handler: () => Promise<T>): Promise<T>;
  refused(session: string, who: SessionUser | null, channel: Channel, access: ChannelAccess, error: AppError): void;
}

export interface DispatcherOptions {
  gate: AccessGate;
  observer?: CallObserver;
  log?: (msg: string, err: unknown) => void;
}

/**
 * Turns the handler map into the one function every transport calls: unknown channels, callers the
 * access table does not allow (api/access.ts) and inputs that fail their schema are refused before
 * any handler runs; business errors come back as `{ ok: false }` with readable text;
 * anything unexpected is logged and reported without its stack. Handlers run as their caller
 * (users/call-context.ts), so what they write records who did it.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  const log = options.log ?? logToStderr;
  return async (channel, rawInput, session) => {
    if (!isChannel(channel)) {
      return fail('unknown_channel', `Perintah tidak dikenal: ${String(channel).slice(0, 80)}`);
    }
    const access = accessOf(channel);
    if (!access) return fail('forbidden', `Perintah ${channel} belum punya aturan akses; ditolak.`);
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    // A caller who may not make this call at all is told so (and the attempt audited) whatever its input.
    const admitted = options.gate.admit(session, channel, access, parsed.success ? parsed.data : (rawInput ?? {}));
    if (!admitted.ok) {
      observe(() => options.observer?.refused(session, admitted.who, channel, access, admitted.error));
      return fail(admitted.error.code, admitted.error.message);
    }
    if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error));
    const call = admitted.call;
    let value: unknown;
    try {
      const handler = handlers[channel] as (input: unknown, call: CallContext) => unknown;
      const run = async () => handler(parsed.data, call);
      value = await runAsCaller(call, () => (options.observer ? options.observer.run(call, channel, access, parsed.data, run) : run()));
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

  /** A failing audit write must not turn a refusal into a crash (the refusal itself changed nothing). */
  function observe(write: () => void): void {
    try {
      write();
    } catch (err) {
      log('audit of a refused call failed', err);
    }
  }
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
