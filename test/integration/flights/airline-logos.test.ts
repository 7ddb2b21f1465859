import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { AirlineLogos } from '../../../electron/core/flights/airline-logos';
import { createMmbcClient, startMmbcSimulator, type MmbcSimulator } from '../../../electron/core/providers/mmbc';
import { airlineLogoPng } from '../../../electron/core/providers/mmbc/simulator/airline-logo-png';
import { openTestLedger, type LedgerFixture } from '../../support/ledger-fixture';

/**
 * Airline logos fetched once by the core and answered as data: URLs (the renderer's CSP allows
 * only 'self' and data:): the MMBC simulator's PNGs, and a local server giving every bad answer.
 */
const PNG = airlineLogoPng('JT');
const HOUR = 3_600_000;
let server: Server;
let base = '';
const hits = new Map<string, number>();

const ANSWERS: Record<string, (res: ServerResponse) => void> = {
  '/ok.png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG),
  '/html-as-png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end('<html><script>alert(1)</script></html>'),
  '/jpeg-as-png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])),
  '/logo.svg': (res) => res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  // Over 100 KB with a PNG signature, sent chunked (no Content-Length to refuse it by).
  '/big.png': (res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.write(PNG);
    for (let i = 0; i < 30; i += 1) res.write(Buffer.alloc(4096));
    res.end();
  },
  '/missing.png': (res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found'),
  '/hang.png': () => undefined, // never answers
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    (ANSWERS[path] ?? ((r) => r.writeHead(404).end()))(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let f: LedgerFixture;
let clock = Date.UTC(2026, 10, 30, 3);
beforeEach(async () => {
  f = await openTestLedger(() => clock);
  hits.clear();
});
afterEach(() => f.close());
/** The real 5 s limit, except where the test waits for a server that never answers. */
const logos = (timeoutMs?: number) => new AirlineLogos({ db: f.db, now: () => clock, timeoutMs });
const NEVER_ANSWERS = '/hang.png';

describe('AirlineLogos', () => {
  it('keeps a PNG as a data: URL in the setting table: a new instance (restart) answers it without fetching', async () => {
    await logos().refresh([`${base}/ok.png`]);
    const again = logos();
    expect(again.dataUrlFor(`${base}/ok.png`)).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    await again.refresh([`${base}/ok.png`]);
    expect(hits.get('/ok.png')).toBe(1);
  });

  it.each([
    ['/html-as-png', 'says image/png but is HTML'],
    ['/jpeg-as-png', 'says image/png but starts like a JPEG'],
    ['/logo.svg', 'SVG (scriptable) is not an accepted type'],
    ['/big.png', 'more than 100 KB'],
    ['/missing.png', 'HTTP 404'],
    ['/hang.png', 'no answer within the timeout'],
  ])('refuses %s (%s): no logo stored', async (path) => {
    const l = logos(path === NEVER_ANSWERS ? 300 : undefined);
    await l.refresh([`${base}${path}`]);
    expect(l.dataUrlFor(`${base}${path}`)).toBeNull();
    expect(hits.get(path)).toBe(1);
  });

  it('asks only http(s) URLs', async () => {
    const l = logos();
    await l.refresh(['file:///etc/passwd', 'data:image/png;base64,AAAA', 'ftp://example.test/x.png', '', null]);
    for (const url of ['file:///etc/passwd', 'data:image/png;base64,AAAA']) expect(l.dataUrlFor(url)).toBeNull();
    expect(hits.size).toBe(0);
  });

  it('retries a failed logo at most once a day', async () => {
    const url = `${base}/missing.png`;
    await logos().refresh([url]);
    clock += 23 * HOUR;
    await logos().refresh([url]);
    expect(hits.get('/missing.png')).toBe(1);
    clock += HOUR;
    await logos().refresh([url]);
    expect(hits.get('/missing.png')).toBe(2);
  });

  it('refreshInBackground returns at once; one request per URL even when asked twice meanwhile', async () => {
    const l = logos(300);
    const url = `${base}${NEVER_ANSWERS}`;
    l.refreshInBackground([url]);
    l.refreshInBackground([url, url]);
    expect(l.dataUrlFor(url)).toBeNull();
    await l.refresh([url]); // joins the request in flight
    expect(hits.get('/hang.png')).toBe(1);
  });
});

describe('the MMBC simulator serves the logos it advertises', () => {
  let sim: MmbcSimulator;
  beforeAll(async () => {
    sim = await startMmbcSimulator({});
  });
  afterAll(async () => sim.close());

  it('getcodeflights-json flight_image points at a PNG the core can keep', async () => {
    const client = createMmbcClient({ baseUrl: sim.baseUrl, credentials: sim.credentials, timeoutMs: 2000 });
    const airlines = await client.getAirlines();
    if (!airlines.ok) throw new Error(airlines.message);
    const lion = airlines.value.find((a) => a.code === 'JT');
    expect(lion?.image).toBe(`${sim.baseUrl}/images/airlines/JT.png`);
    const l = logos();
    await l.refresh(airlines.value.map((a) => a.image));
    for (const a of airlines.value) expect(l.dataUrlFor(a.image), a.code).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });

  it('an unknown airline code is 404, not a logo', async () => {
    expect((await fetch(`${sim.baseUrl}/images/airlines/ZZ9.png`)).status).toBe(404);
  });
});
