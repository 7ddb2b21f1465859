import { createHttpTransport } from './http-transport';
import { takeHeadlessToken } from './headless-token';
import { createIpcTransport } from './ipc-transport';

/** electron/headless/how-to-open-page.ts serves it (the renderer cannot import from the server). */
const HOW_TO_OPEN_PATH = '/cara-membuka';
import { createPosClient, type PosClient } from './pos-client';

/** Picks the transport for where this page runs: Electron (preload present) or the browser. */
export function createDefaultPosClient(): PosClient {
  if (window.pos) return createPosClient(createIpcTransport(window.pos));

  const token = takeHeadlessToken({
    href: window.location.href,
    storage: window.sessionStorage,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  });
  // The bare address (no token in it, none kept by this tab): every call would be refused, so the
  // server's page says how to open Loket instead of a screen that cannot work.
  if (!token) window.location.replace(HOW_TO_OPEN_PATH);
  return createPosClient(
    createHttpTransport({
      baseUrl: window.location.origin,
      // Without a token every call is refused by the server with a readable Result.
      token: token ?? '',
      fetch: (url, init) => window.fetch(url, init),
      subscribe(url, onData, onOpen) {
        // EventSource reconnects by itself after the server restarts or the network blips.
        const source = new EventSource(url);
        source.onmessage = (message: MessageEvent<string>) => onData(message.data);
        source.onopen = () => onOpen?.();
        return () => source.close();
      },
    }),
  );
}
