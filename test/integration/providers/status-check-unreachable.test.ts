import dns from 'node:dns';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAyoconnectClient, ayoconnectSandboxCredentials } from '../../../electron/core/providers/ayoconnect';
import { createIakClient, IAK_SANDBOX_CREDENTIALS } from '../../../electron/core/providers/iak';
import { createKlikooClient, klikooSandboxCredentials } from '../../../electron/core/providers/klikoo';
import { createMmbcClient, MMBC_SANDBOX_CREDENTIALS } from '../../../electron/core/providers/mmbc';
import type { MoneyOutcome } from '../../../electron/core/providers/outcome';

/**
 * "Not sent" is an answer only for the request that would move money. A status check that never
 * reached the provider (connection refused, DNS failure, no route) says nothing about the sale it
 * asks about: it must be `unknown` (reason `not_reached`), never `failed`, for every status and
 * lookup call of every provider. (Issue 7 item 1: IAK and Ayoconnect answered `failed/not_sent`.)
 */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** A name that can never resolve (RFC 6761 reserves `.invalid`). */
const NO_SUCH_HOSTNAME = 'loket-status-check.invalid';
const NO_SUCH_HOST = `http://${NO_SUCH_HOSTNAME}`;

/**
 * The resolver as it fails, without depending on this machine's: Node's sockets resolve through
 * `dns.lookup`, which here answers the way getaddrinfo does for a name that does not exist
 * (ENOTFOUND) or when no resolver can be reached, e.g. the modem is down (EAI_AGAIN). The request
 * then goes through the real axios/http/net path and fails at name resolution. Returns the names asked.
 */
function failingResolver(code: 'ENOTFOUND' | 'EAI_AGAIN'): string[] {
  const asked: string[] = [];
  vi.spyOn(dns, 'lookup').mockImplementation(((hostname: string, ...rest: unknown[]) => {
    asked.push(hostname);
    const callback = rest.at(-1) as (err: NodeJS.ErrnoException) => void;
    const err: NodeJS.ErrnoException = Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), { code, errno: code === 'ENOTFOUND' ? -3008 : -3001, syscall: 'getaddrinfo', hostname });
    process.nextTick(() => callback(err));
  }) as unknown as typeof dns.lookup);
  return asked;
}
afterEach(() => {
  vi.restoreAllMocks();
});

type Check = (baseUrl: string) => Promise<MoneyOutcome>;

const checks: Record<string, Check> = {
  'IAK prepaid check-status': (baseUrl) =>
    createIakClient({ baseUrl, credentials: IAK_SANDBOX_CREDENTIALS, timeoutMs: 2000 }).checkStatus('LKCHECK1', { productCode: 'htelkomsel10000', customerId: '081234567890' }),
  'IAK postpaid checkstatus': (baseUrl) => createIakClient({ baseUrl, credentials: IAK_SANDBOX_CREDENTIALS, timeoutMs: 2000 }).postpaidCheckStatus('LKCHECK2'),
  'Ayoconnect status': (baseUrl) => createAyoconnectClient({ baseUrl, credentials: ayoconnectSandboxCredentials, timeoutMs: 2000 }).checkStatus('LKCHECK3'),
  'Klikoo transaction detail': (baseUrl) =>
    createKlikooClient({ baseUrl: `${baseUrl}/klikoo-b2b`, credentials: klikooSandboxCredentials, timeoutMs: 2000 }).checkStatus({
      partnerReferenceId: 'LKCHECK4',
      transactionId: '14430374',
    }),
  'Klikoo lookup by partner_reference_id': (baseUrl) =>
    createKlikooClient({ baseUrl: `${baseUrl}/klikoo-b2b`, credentials: klikooSandboxCredentials, timeoutMs: 2000 }).checkStatus({ partnerReferenceId: 'LKCHECK5' }),
  'MMBC cekstatus': (baseUrl) =>
    createMmbcClient({ baseUrl, credentials: MMBC_SANDBOX_CREDENTIALS, timeoutMs: 2000 }).checkTopup({ invoice: 'TRX1', destination: '081234567890' }),
  'MMBC getstatusbooking (flight issue check)': (baseUrl) =>
    createMmbcClient({ baseUrl, credentials: MMBC_SANDBOX_CREDENTIALS, timeoutMs: 2000 }).checkIssue('ABCDEF'),
};

describe.each(Object.entries(checks))('%s that never reaches the provider', (_name, check) => {
  it('connection refused: unknown (not_reached), never failed', async () => {
    expect(await check(await closedPortUrl())).toMatchObject({ status: 'unknown', reason: 'not_reached' });
  });

  it.each(['ENOTFOUND', 'EAI_AGAIN'] as const)('host name that does not resolve (%s): unknown (not_reached), never failed', async (code) => {
    const asked = failingResolver(code);
    expect(await check(NO_SUCH_HOST)).toMatchObject({ status: 'unknown', reason: 'not_reached' });
    expect(asked.length, 'the call failed at name resolution').toBeGreaterThan(0);
    expect(new Set(asked)).toEqual(new Set([NO_SUCH_HOSTNAME]));
  });
});
