import { AsyncLocalStorage } from 'node:async_hooks';
import type { Result } from '../api/contract';
import type { Dispatch } from '../api/dispatch';
import { AppError } from '../errors/app-error';
import { runOutsideCalls } from '../users/call-context';
import type { Core, CoreEventListener } from './core';

/** What a restore asks of the core around it (backups/restore-service.ts). */
export interface Reopener {
  reopen<T>(steps: ReopenSteps<T>): Promise<T>;
}

export interface ReopenSteps<T> {
  /** Runs with the core closed: replaces the ledger file. Throwing leaves the files as they were. */
  swap(): T | Promise<T>;
  /** The fresh core would not open on the swapped files: put the previous ones back. */
  undo(): void | Promise<void>;
  /** The refusal the caller reads when the fresh core would not open (the previous books are back). */
  failedMessage(err: unknown): string;
}

/**
 * The Core the shells hold for the life of the process. It passes calls and events through to the
 * inner core (open-core.ts) and can swap that inner core for a fresh one on a replaced ledger file
 * (a restore), without the shells noticing:
 * - a reopen first waits for the calls already running (except the one asking for it) and makes
 *   new calls wait until it is over, so no call ever reaches a closed database;
 * - event listeners are kept here, so they survive the swap; `app:reopened` tells them it happened;
 * - if the fresh core does not open, the previous files are put back and opened again: the outlet
 *   is never left without its books.
 * The fresh core starts with no sessions: everyone signs in again.
 */
export async function openReopenableCore(dataDir: string, open: (reopener: Reopener) => Promise<Core>): Promise<Core> {
  const listeners = new Set<CoreEventListener>();
  const inFlight = new Set<symbol>();
  const callScope = new AsyncLocalStorage<symbol>();
  let drained: (() => void) | null = null;
  let reopening: Promise<void> | null = null;
  let closed = false;
  let current: { core: Core; unsubscribe: () => void } | null = null;

  const emit: CoreEventListener = (event, payload) => {
    for (const listener of listeners) {
      try {
        listener(event, payload);
      } catch (err) {
        console.error(`[loket] event listener for ${event} failed:`, err);
      }
    }
  };

  const reopener: Reopener = { reopen };

  /**
   * Opens an inner core. A restore does it inside the owner's call: opened there, every timer the core
   * starts (reconciler, start-up recovery, booking sync, callbacks) would run as that owner for the
   * life of the process, stamping their id on background entries, or failing on a FOREIGN KEY when
   * the restored books do not know them. So it opens outside any call, and outside this wrapper's own.
   */
  async function attach(): Promise<void> {
    const core = await runOutsideCalls(() => callScope.exit(() => open(reopener)));
    current = { core, unsubscribe: core.onEvent(emit) };
  }

  async function detach(): Promise<void> {
    const was = current;
    current = null;
    if (!was) return;
    // Listen until it is closed: closing stops running jobs, and their last events (an export
    // "cancelled") must still reach the screens.
    try {
      await was.core.close();
    } finally {
      was.unsubscribe();
    }
  }

  /** Resolves when no call other than `self` is running. */
  async function othersFinished(self: symbol | undefined): Promise<void> {
    const busy = () => [...inFlight].some((token) => token !== self);
    while (busy()) await new Promise<void>((resolve) => (drained = resolve));
  }

  async function reopen<T>(steps: ReopenSteps<T>): Promise<T> {
    if (reopening || closed) throw new AppError('conflict', 'Loket sedang dibuka ulang; coba lagi sebentar lagi.');
    let finish = (): void => undefined;
    reopening = new Promise<void>((resolve) => (finish = resolve));
    try {
      await othersFinished(callScope.getStore());
      await detach();
      let result: T;
      try {
        result = await steps.swap();
      } catch (err) {
        await attach();
        throw err;
      }
      try {
        await attach();
      } catch (err) {
        console.error('[loket] cannot open the restored books; putting the previous ones back:', err);
        await steps.undo();
        await attach();
        throw new AppError('internal', steps.failedMessage(err));
      }
      emit('app:reopened', { reason: 'restore' });
      return result;
    } finally {
      reopening = null;
      finish();
    }
  }

  const dispatch: Dispatch = async (channel, input, session) => {
    while (reopening) await reopening;
    const core = current?.core;
    if (!core) return unavailable(closed);
    const token = Symbol('call');
    inFlight.add(token);
    try {
      return await callScope.run(token, () => core.dispatch(channel, input, session));
    } finally {
      inFlight.delete(token);
      drained?.();
      drained = null;
    }
  };

  await attach();
  return {
    dataDir,
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      while (reopening) await reopening;
      await detach();
    },
  };
}

function unavailable(closed: boolean): Result<never> {
  const message = closed ? 'Loket sedang ditutup.' : 'Buku Loket tidak dapat dibuka. Tutup dan buka lagi aplikasinya.';
  return { ok: false, error: { code: 'internal', message } };
}
