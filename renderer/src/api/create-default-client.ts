import { createHttpTransport } from './http-transport';
import { takeHeadlessToken } from './headless-token';
import { createIpcTransport } from './ipc-transport';
import { createPosClient, type PosClient } from './pos-client';

/** Picks the transport for where this page runs: Electron (preload present) or the browser. */
export function createDefaultPosClient(): PosClient {
  if (window.pos) return createPosClient(createIpcTransport(window.pos));

  const token = takeHeadlessToken({
    href: window.location.href,
    storage: window.sessionStorage,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  });
  return createPosClient(
    createHttpTransport({
      baseUrl: window.location.origin,
      // Without a token every call is refused by the server with a readable Result.
      token: token ?? '',
      fetch: (url, init) => window.fetch(url, init),
      subscribe(url, onData) {
        // EventSource reconnects by itself after the server restarts or the network blips.
        const source = new EventSource(url);
        source.onmessage = (message: MessageEvent<string>) => onData(message.data);
        return () => source.close();
      },
    }),
  );
}
