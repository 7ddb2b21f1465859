import type { Result } from './contract-types';
import type { PosClient } from './pos-client';

let current: PosClient | null = null;
const callListeners = new Set<(result: Result<unknown>) => void>();
let lastResult: Result<unknown> | null = null;

/**
 * Stores reach the core through this holder instead of importing a transport, so main.ts wires
 * the real client and tests wire a fake one with the same type. Every call's Result is also told to
 * the `onCallResult` listeners, so the header can say whether the core is reachable from what the
 * screens' own calls meet, whichever client is wired.
 */
export function setPosClient(client: PosClient): void {
  lastResult = null;
  current = {
    async call(channel, input) {
      const result = await client.call(channel, input);
      lastResult = result;
      for (const listener of callListeners) listener(result);
      return result;
    },
    on: (event, listener) => client.on(event, listener),
    ...(client.onStreamOpen ? { onStreamOpen: (listener: () => void) => client.onStreamOpen!(listener) } : {}),
  };
}

export function usePos(): PosClient {
  if (!current) throw new Error('pos client not set: call setPosClient() before using a store');
  return current;
}

/**
 * Hears the Result of every call made through usePos(), starting with the last one already made (a
 * store created after the first calls still knows how they went); returns the unsubscribe function.
 */
export function onCallResult(listener: (result: Result<unknown>) => void): () => void {
  if (lastResult) listener(lastResult);
  callListeners.add(listener);
  return () => callListeners.delete(listener);
}
