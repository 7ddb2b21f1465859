import type { PosTransport } from './pos-client';

/** The slice of `fetch` used here, so tests can pass a fake without DOM types. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ json(): Promise<unknown> }>;

export interface HttpTransportOptions {
  /** Origin of the headless server, e.g. "http://127.0.0.1:5123". */
  baseUrl: string;
  token: string;
  fetch: FetchLike;
  /**
   * Opens the server-sent event stream at `url`, calls onData per message and onOpen each time the
   * stream (re)connects; returns close.
   */
  subscribe(url: string, onData: (data: string) => void, onOpen?: () => void): () => void;
}

export const TOKEN_HEADER = 'X-Loket-Token';

/**
 * Headless mode: every channel is `POST /api/<channel>` and the body is always a Result, also for
 * 4xx answers, so the status code is not consulted. Events arrive over one EventSource shared by
 * all listeners (browsers cap connections per origin).
 */
export function createHttpTransport(options: HttpTransportOptions): PosTransport {
  const listeners = new Set<(event: string, payload: unknown) => void>();
  const openListeners = new Set<() => void>();
  let close: (() => void) | null = null;

  function opened(): void {
    for (const listener of openListeners) listener();
  }

  function dispatch(data: string): void {
    const message = parseEvent(data);
    if (!message) return;
    for (const listener of listeners) listener(message.event, message.payload);
  }

  return {
    async invoke(channel, input) {
      const response = await options.fetch(`${options.baseUrl}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: options.token },
        body: JSON.stringify(input ?? {}),
      });
      return response.json();
    },
    onEvent(listener) {
      listeners.add(listener);
      close ??= options.subscribe(
        `${options.baseUrl}/api/events?token=${encodeURIComponent(options.token)}`,
        dispatch,
        opened,
      );
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && close) {
          close();
          close = null;
        }
      };
    },
    onStreamOpen(listener) {
      openListeners.add(listener);
      return () => openListeners.delete(listener);
    },
  };
}

function parseEvent(data: string): { event: string; payload: unknown } | null {
  try {
    const parsed = JSON.parse(data) as { event?: unknown; payload?: unknown };
    return typeof parsed.event === 'string' ? { event: parsed.event, payload: parsed.payload } : null;
  } catch {
    return null;
  }
}
