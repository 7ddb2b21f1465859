import { readFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP door in front of one simulator that can be shut and reopened on the same port. Shut, a
 * client gets "connection refused" and open connections drop (the outlet's modem is off) while
 * the simulator and its state stay up behind it; reopened, everything answers again.
 */
export interface FrontDoor {
  readonly port: number;
  setOpen(open: boolean): Promise<void>;
}

export async function openFrontDoor(targetPort: number): Promise<FrontDoor> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    track(client);
    track(upstream);
    const drop = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop);
    upstream.on('error', drop);
    client.pipe(upstream).pipe(client);
  });
  const port = await listenOutsideEphemeralRange(server);
  let open = true;
  return {
    port,
    async setOpen(next) {
      if (next === open) return;
      open = next;
      if (next) return listen(server, port);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

/**
 * The door must get its port back after each outage. A port the kernel hands out for outgoing
 * connections could be taken by one while the door is shut, so pick one below that range.
 */
async function listenOutsideEphemeralRange(server: Server): Promise<number> {
  const low = ephemeralLow();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = low - 1 - Math.floor(Math.random() * Math.min(10_000, low - 1025));
    try {
      await listen(server, port);
      return port;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    }
  }
  throw new Error('no free port below the ephemeral range for a simulator front door');
}

function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 2048 ? low : 32_768;
  } catch {
    return 32_768; // not Linux: the IANA dynamic range starts higher still
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });
}
