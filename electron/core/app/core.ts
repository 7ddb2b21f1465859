import type { Dispatch } from '../api/dispatch';
import type { EventName, EventPayload } from '../api/contract';

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The running product, as every shell (Electron main, headless server, tests) sees it. */
export interface Core {
  readonly dataDir: string;
  /**
   * Validates channel + input, checks the caller's session may make the call (api/access.ts), runs
   * the handler as that user, answers a Result. Never throws.
   */
  readonly dispatch: Dispatch;
  /** Subscribes to push events; returns the unsubscribe function. */
  onEvent(listener: CoreEventListener): () => void;
  /** Stops background work and closes the database. */
  close(): Promise<void>;
}
