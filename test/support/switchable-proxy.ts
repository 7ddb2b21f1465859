import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP relay on 127.0.0.1 in front of a simulator that can stop listening and start again on the
 * same port: while it refuses, every new connection gets ECONNREFUSED (the modem is down, the
 * provider's host is unreachable) and open ones are cut. Used to prove what the core does when a
 * provider cannot be reached at all, which a simulator's own faults (it must answer) cannot show.
 */
export interface SwitchableProxy {
  readonly port: number;
  /** The simulator's base URL rewritten to go through this relay. */
  url(targetBaseUrl: string): string;
  refuse(): Promise<void>;
  accept(): Promise<void>;
  close(): Promise<void>;
}

export async function startSwitchableProxy(targetPort: number): Promise<SwitchableProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const listen = async () => {
    const s = createServer((client) => {
      const upstream = connect(targetPort, '127.0.0.1');
      track(client);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
    });
    port = (s.address() as { port: number }).port;
    server = s;
  };
  const stop = async () => {
    const s = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  await listen();
  return {
    get port() {
      return port;
    },
    url(targetBaseUrl) {
      const url = new URL(targetBaseUrl);
      url.port = String(port);
      return url.toString().replace(/\/+$/, '');
    },
    refuse: stop,
    async accept() {
      if (!server) await listen();
    },
    close: stop,
  };
}
