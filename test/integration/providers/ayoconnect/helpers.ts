import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createAyoconnectClient,
  type AyoconnectClient,
  type AyoconnectInquiry,
  type AyoconnectOutcome,
  type AyoconnectSimulator,
} from '../../../../electron/core/providers/ayoconnect';
import type { Rupiah } from '../../../../electron/core/money';

let counter = 0;

/** A fresh account number ending in `suffix` (the simulator's rules read the last digits). */
export function account(prefix: string, suffix: string): string {
  counter += 1;
  return `${prefix}${String(counter).padStart(4, '0')}${suffix}`;
}

let refCounter = 0;
export function newRef(): string {
  refCounter += 1;
  return `LKT-TEST-${process.pid}-${refCounter}`;
}

export function clientFor(sim: AyoconnectSimulator, extra: Partial<Parameters<typeof createAyoconnectClient>[0]> = {}): AyoconnectClient {
  return createAyoconnectClient({ baseUrl: sim.baseUrl, credentials: sim.credentials, timeoutMs: 300, ...extra });
}

export function expectInquiry(result: Awaited<ReturnType<AyoconnectClient['inquire']>>): AyoconnectInquiry {
  if (!result.ok) throw new Error(`inquiry failed: ${result.code} ${result.message}`);
  return result.value;
}

/** Inquire then pay with the inquiry's own numbers. */
export async function inquireAndPay(
  client: AyoconnectClient,
  productCode: string,
  accountNumber: string,
  extra: { month?: number; amount?: Rupiah; zoneId?: string; callbackUrl?: string } = {},
): Promise<{ inquiry: AyoconnectInquiry; refNumber: string; outcome: AyoconnectOutcome }> {
  const inquiry = expectInquiry(
    await client.inquire({
      accountNumber,
      productCode,
      ...(extra.month !== undefined ? { month: extra.month } : {}),
      ...(extra.amount !== undefined ? { amount: extra.amount } : {}),
      ...(extra.zoneId !== undefined ? { zoneId: extra.zoneId } : {}),
    }),
  );
  const refNumber = newRef();
  const outcome = await client.pay({
    refNumber,
    inquiryId: inquiry.inquiryId,
    accountNumber,
    productCode,
    amount: inquiry.amount,
    ...(extra.month !== undefined ? { month: extra.month } : {}),
    ...(extra.callbackUrl !== undefined ? { callbackUrl: extra.callbackUrl } : {}),
  });
  return { inquiry, refNumber, outcome };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls Status until the transaction leaves `pending` (bounded). */
export async function waitForFinal(client: AyoconnectClient, refNumber: string, tries = 60): Promise<AyoconnectOutcome> {
  let last = await client.checkStatus(refNumber);
  for (let i = 0; i < tries && last.status === 'pending'; i += 1) {
    await sleep(50);
    last = await client.checkStatus(refNumber);
  }
  return last;
}

export async function until(condition: () => boolean, tries = 100): Promise<void> {
  for (let i = 0; i < tries && !condition(); i += 1) await sleep(20);
}

export interface CallbackReceiver {
  url: string;
  bodies: string[];
  attempts: number;
  close(): Promise<void>;
}

/** A partner callback endpoint that refuses the first `failFirst` attempts with HTTP 500. */
export async function startCallbackReceiver(failFirst = 0): Promise<CallbackReceiver> {
  const state = { bodies: [] as string[], attempts: 0 };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.attempts += 1;
      if (state.attempts <= failFirst) {
        res.writeHead(500).end('busy');
        return;
      }
      state.bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/ayoconnect/callback`,
    get bodies() {
      return state.bodies;
    },
    get attempts() {
      return state.attempts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A fake provider that answers every request with the given raw body (for malformed answers). */
export async function startRawServer(): Promise<{ url: string; next: { status: number; body: string; contentType: string }; close(): Promise<void> }> {
  const handle = { next: { status: 200, body: '{}', contentType: 'application/json' } };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(handle.next.status, { 'Content-Type': handle.next.contentType }).end(handle.next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    get next() {
      return handle.next;
    },
    set next(value) {
      handle.next = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
