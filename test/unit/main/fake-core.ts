import { vi } from 'vitest';
import type { CoreEventListener } from '../../../electron/core/app/core';

/** A Core stand-in: records dispatch calls, lets a test emit events, counts close(). */
export function createFakeCore(dataDir = '/data') {
  const listeners = new Set<CoreEventListener>();
  const dispatch = vi.fn(async (channel: unknown, input: unknown) => ({ ok: true as const, value: { channel, input } }));
  const close = vi.fn(async () => undefined);
  return {
    dataDir,
    dispatch,
    close,
    onEvent(listener: CoreEventListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event: 'ledger:changed', payload: { entryId: number }) {
      for (const listener of listeners) listener(event, payload);
    },
    listenerCount: () => listeners.size,
  };
}
