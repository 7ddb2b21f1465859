import type { EventName, EventPayload } from '../api/contract';
import type { CoreEventListener } from './core';

/** Fan-out of core events to every shell that listens (Electron window, headless SSE clients). */
export class EventBus {
  private readonly listeners = new Set<CoreEventListener>();

  on(listener: CoreEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch (err) {
        console.error(`[loket] event listener for ${event} failed:`, err);
      }
    }
  }
}
