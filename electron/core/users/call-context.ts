import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionUser } from '../domain/user-role';

/** Who makes a call: the transport's session, its signed-in user, the owner who approved it. */
export interface CallContext {
  /** The shell's name for the caller: one Electron window (`window:<id>`) or the headless token. */
  session: string;
  user: SessionUser | null;
  /** The owner who typed the owner PIN for this one call of a cashier (auth:approveOverride). */
  approvedBy: SessionUser | null;
}

const calls = new AsyncLocalStorage<CallContext>();

/**
 * Runs a handler as its caller. Every write that must say who did it (a sale, a ledger entry, a
 * shift, an audit line) reads `actingUserId()` at its one INSERT, so no path through the engine can
 * forget to pass the user along. Work that continues the call (the provider's answer to the sale it
 * sent) stays the caller's; background jobs started outside any call are nobody's (null: "Sistem").
 */
export function runAsCaller<T>(call: CallContext, work: () => T): T {
  return calls.run(call, work);
}

export function currentCall(): CallContext | undefined {
  return calls.getStore();
}

/** The signed-in user behind the running call, or null for background work. */
export function actingUserId(): number | null {
  return calls.getStore()?.user?.id ?? null;
}

/**
 * Runs `work` as nobody's: outside the running call, whatever it is. For what a call starts but that
 * outlives it as background work (a core re-opened by a restore starts its timers here): those timers
 * would otherwise inherit the caller, and stamp the caller's id on what they write.
 */
export function runOutsideCalls<T>(work: () => T): T {
  return calls.exit(work);
}
