import type { Channel } from '../api/contract';
import type { ChannelAccess } from '../api/access';
import type { CallContext, CallObserver, Handlers } from '../api/dispatch';
import { AppError } from '../errors/app-error';
import { MoneyError } from '../money';
import type { AuditLine, AuditLog } from './audit-log';
import { stateReaders, type StateReader } from './state-readers';

export interface AuditRecorderDeps {
  log: Pick<AuditLog, 'append'>;
  /** The handler map, for reading a setting before and after the owner changes it. */
  handlers: () => Handlers;
  /** The name of a user id (a sign-in attempt names who it tried to be); null if unknown. */
  userName: (id: number) => string | null;
  report?: (msg: string, err: unknown) => void;
}

type Who = { id: number; name: string };

/**
 * Writes the audit log from dispatch (api/dispatch.ts CallObserver): every call the access table
 * marks `audited`, done or refused, with what was there before and after, and every call the
 * access gate refused, whatever the channel. The log serves the action, never the other way: a
 * failing audit write or state read is reported and the action goes on (and its error, if any,
 * reaches the caller unchanged).
 */
export function createAuditRecorder(deps: AuditRecorderDeps): CallObserver {
  const report = deps.report ?? ((msg, err) => console.error(`[loket] ${msg}:`, err));

  function write(line: AuditLine): void {
    try {
      deps.log.append(line);
    } catch (err) {
      report(`audit line for ${line.action} not written`, err);
    }
  }

  async function readState(reader: StateReader, input: unknown, call: CallContext): Promise<unknown> {
    try {
      const handler = deps.handlers()[reader.channel] as (input: unknown, call: CallContext) => unknown;
      return reader.pick(await handler(reader.input, call), input);
    } catch (err) {
      report(`audit state read ${reader.channel} failed`, err);
      return null;
    }
  }

  /**
   * Who the line is about. Normally the signed-in caller; a sign-in is about the user it tried
   * to sign in as (nobody is signed in yet, or another user is switching), and the first-run setup
   * about the owner it made.
   */
  function subjectOf(call: CallContext, channel: Channel, input: unknown, answer: unknown): Who | null {
    if (channel === 'auth:signIn') {
      const signedIn = userOf(answer);
      if (signedIn) return signedIn;
      const id = (input as { userId?: unknown }).userId;
      if (typeof id === 'number') return { id, name: safeName(id) ?? `#${id}` };
    }
    if (channel === 'setup:complete' && !call.user) return userOf(answer);
    return call.user && { id: call.user.id, name: call.user.name };
  }

  function safeName(id: number): string | null {
    try {
      return deps.userName(id);
    } catch (err) {
      report('audit user name lookup failed', err);
      return null;
    }
  }

  return {
    async run(call, channel, access, input, handler) {
      if (!access.audited) return handler();
      const reader = stateReaders[channel];
      const before = reader ? await readState(reader, input, call) : undefined;
      const base = { approvedBy: whoOf(call.approvedBy), action: channel, label: access.does };
      let answer: Awaited<ReturnType<typeof handler>>;
      try {
        answer = await handler();
      } catch (err) {
        write({ ...base, user: subjectOf(call, channel, input, undefined), outcome: 'refused', before, after: { input }, detail: refusalText(err) });
        throw err;
      }
      const after = reader ? await readState(reader, input, call) : { input, answer };
      write({ ...base, user: subjectOf(call, channel, input, answer), outcome: 'done', before, after });
      return answer;
    },
    refused(_session, who, channel, access: ChannelAccess, error) {
      write({ user: whoOf(who), approvedBy: null, action: channel, label: access.does, outcome: 'refused', detail: error.message });
    },
  };
}

function whoOf(user: { id: number; name: string } | null | undefined): Who | null {
  return user ? { id: user.id, name: user.name } : null;
}

function userOf(answer: unknown): Who | null {
  const user = (answer as { user?: { id?: unknown; name?: unknown } } | undefined)?.user;
  return user && typeof user.id === 'number' && typeof user.name === 'string' ? { id: user.id, name: user.name } : null;
}

/** The caller's own words for a business refusal; an unexpected failure is not described (it may hold anything). */
function refusalText(err: unknown): string {
  if (err instanceof AppError || err instanceof MoneyError) return err.message;
  return 'Terjadi kesalahan di aplikasi; perintah tidak selesai.';
}
