import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { providerIds, type ProviderId } from '../domain/provider-id';

/**
 * Where providers' callbacks land: 127.0.0.1 only (in Sandbox the simulators call it; a live
 * provider would need a relay, see reliability.md). A callback is a HINT: it only names a reference,
 * and the engine confirms by status check before any money moves. Always answers 200 so the sender
 * stops retrying, whatever the body says.
 */
export interface CallbackReceiver {
  url(provider: ProviderId): string;
  close(): Promise<void>;
}

export async function startCallbackReceiver(onCallback: (provider: ProviderId, rawBody: string) => void): Promise<CallbackReceiver> {
  const server: Server = createServer((req, res) => {
    const provider = /^\/callback\/([a-z]+)$/.exec(req.url ?? '')?.[1] as ProviderId | undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 64 * 1024) chunks.push(chunk);
    });
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"status":"ok"}');
      if (req.method === 'POST' && provider && providerIds.includes(provider) && size <= 64 * 1024) {
        onCallback(provider, Buffer.concat(chunks).toString('utf8'));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (provider) => `http://127.0.0.1:${port}/callback/${provider}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
