import net from 'node:net';

/**
 * A receipt printer as the network sees it: a TCP server on 127.0.0.1 that keeps every byte of each
 * connection (one connection = one print job). `stall()` makes it stop reading, like a printer out
 * of paper whose buffer is full.
 */
export interface FakeNetworkPrinter {
  port: number;
  /** Completed jobs, in arrival order. */
  jobs: Buffer[];
  nextJob(): Promise<Buffer>;
  stall(): void;
  close(): Promise<void>;
}

/** `port`: 0 picks a free one; a given port lets a test switch the "same" printer off and on again. */
export async function startFakeNetworkPrinter(port = 0): Promise<FakeNetworkPrinter> {
  const jobs: Buffer[] = [];
  const waiting: ((job: Buffer) => void)[] = [];
  const sockets = new Set<net.Socket>();
  let stalled = false;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (stalled) {
      socket.pause();
      return;
    }
    const parts: Buffer[] = [];
    socket.on('data', (part) => parts.push(part));
    socket.on('end', () => {
      const job = Buffer.concat(parts);
      jobs.push(job);
      waiting.shift()?.(job);
      socket.end();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const boundPort = (server.address() as net.AddressInfo).port;
  let taken = 0;
  return {
    port: boundPort,
    jobs,
    nextJob() {
      const index = taken;
      taken += 1;
      if (jobs[index]) return Promise.resolve(jobs[index]);
      return new Promise((resolve) => waiting.push(resolve));
    },
    stall() {
      stalled = true;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port nobody listens on: bound once by us, then released. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
